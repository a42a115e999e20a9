plansiteSearch("f/19","LF");
