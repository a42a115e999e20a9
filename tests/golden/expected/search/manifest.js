plansiteSearch("manifest",{"version":1,"docs":29,"current":9,"block":8,"stemmed":true,"v":["000"],"p":["000"]});
