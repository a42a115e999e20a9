plansiteSearch("f/13","B_7W");
