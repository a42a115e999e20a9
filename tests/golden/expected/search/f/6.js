plansiteSearch("f/6","LS");
