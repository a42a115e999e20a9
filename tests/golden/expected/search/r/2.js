plansiteSearch("r/2",[["directorates/place/","directorate",null,null,"PLACE","Place",null,null,null]]);
