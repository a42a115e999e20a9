plansiteSearch("f/5","L30");
