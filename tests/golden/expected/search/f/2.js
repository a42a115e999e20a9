plansiteSearch("f/2","LK");
