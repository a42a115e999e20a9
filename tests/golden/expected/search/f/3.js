plansiteSearch("f/3","BI40b");
