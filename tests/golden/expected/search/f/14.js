plansiteSearch("f/14","B0u_3");
