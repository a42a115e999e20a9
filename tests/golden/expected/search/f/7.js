plansiteSearch("f/7","L9");
