plansiteSearch("f/12","L0");
