plansiteSearch("f/10","L134");
