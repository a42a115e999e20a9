plansiteSearch("f/11","LD00");
