plansiteSearch("f/6","LG");
