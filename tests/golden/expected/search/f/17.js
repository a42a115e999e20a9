plansiteSearch("f/17","L21");
