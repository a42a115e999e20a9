plansiteSearch("f/18","L3");
