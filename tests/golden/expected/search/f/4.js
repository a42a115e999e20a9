plansiteSearch("f/4","B4Z6");
