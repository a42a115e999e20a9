plansiteSearch("f/8","LA00");
