plansiteSearch("f/3","L12381");
