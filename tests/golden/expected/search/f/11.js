plansiteSearch("f/11","LP00");
