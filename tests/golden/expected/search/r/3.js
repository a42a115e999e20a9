plansiteSearch("r/3",[["equality/groups/care-leavers/","group",null,null,null,"Care leavers",null,null,null],
["people/jo-bloggs/","person",null,null,null,"Jo Bloggs",null,null,null],
["people/cabinet-member-growth/","person",null,null,null,"Cabinet Member for Growth",null,null,null],
["people/director-of-housing/","person",null,null,null,"Director of Housing",null,null,null],
["directorates/place/","directorate",null,null,"PLACE","Place",null,null,null]]);
