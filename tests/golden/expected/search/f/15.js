plansiteSearch("f/15","L6");
