plansiteSearch("f/1","LM");
