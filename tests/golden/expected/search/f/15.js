plansiteSearch("f/15","L8");
