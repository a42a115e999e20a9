plansiteSearch("f/14","B0uV");
