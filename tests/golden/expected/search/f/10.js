plansiteSearch("f/10","L13");
