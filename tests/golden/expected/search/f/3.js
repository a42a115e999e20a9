plansiteSearch("f/3","BIi");
