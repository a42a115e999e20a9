plansiteSearch("f/3","L123B2");
