plansiteSearch("f/8","LI00");
