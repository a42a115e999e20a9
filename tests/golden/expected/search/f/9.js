plansiteSearch("f/9","L8");
