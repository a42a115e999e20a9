plansiteSearch("r/3",[["directorates/place/","directorate",null,null,"PLACE","Place",null,null,null]]);
