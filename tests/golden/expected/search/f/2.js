plansiteSearch("f/2","LC");
