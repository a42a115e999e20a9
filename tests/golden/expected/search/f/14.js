plansiteSearch("f/14","L8");
