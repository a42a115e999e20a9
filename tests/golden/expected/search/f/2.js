plansiteSearch("f/2","LJ12");
