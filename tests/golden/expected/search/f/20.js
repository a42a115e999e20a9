plansiteSearch("f/20","L219");
