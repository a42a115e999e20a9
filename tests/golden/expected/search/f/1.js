plansiteSearch("f/1","LA");
