plansiteSearch("f/0","L20O");
