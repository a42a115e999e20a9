plansiteSearch("f/7","LK0");
