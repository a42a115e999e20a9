plansiteSearch("f/1","LI");
