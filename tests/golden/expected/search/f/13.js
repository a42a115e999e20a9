plansiteSearch("f/13","B_70C");
