plansiteSearch("f/16","L3");
