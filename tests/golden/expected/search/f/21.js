plansiteSearch("f/21","L7");
