plansiteSearch("f/1","L3I");
