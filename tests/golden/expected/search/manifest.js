plansiteSearch("manifest",{"version":1,"docs":17,"current":9,"block":8,"stemmed":true,"v":["1"],"p":["1"]});
