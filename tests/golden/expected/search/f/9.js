plansiteSearch("f/9","B04u3");
