plansiteSearch("f/12","L08");
