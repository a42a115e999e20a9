plansiteSearch("f/7","LH");
