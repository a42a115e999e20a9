plansiteSearch("f/2","LL2");
