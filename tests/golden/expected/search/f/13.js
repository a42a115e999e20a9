plansiteSearch("f/13","B_F");
