plansiteSearch("f/9","L860");
