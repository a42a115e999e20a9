plansiteSearch("f/6","LO");
