plansiteSearch("f/16","L6400");
