plansiteSearch("f/8","LM00");
