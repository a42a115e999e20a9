plansiteSearch("f/18","L7");
