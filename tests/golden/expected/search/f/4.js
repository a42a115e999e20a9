plansiteSearch("f/4","L230");
