plansiteSearch("f/5","L307");
