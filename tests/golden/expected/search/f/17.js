plansiteSearch("f/17","LG000");
