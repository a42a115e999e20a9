plansiteSearch("f/11","LL00");
