plansiteSearch("r/2",[["plans/2021-22/measures/feel-safe/","measure","2021-22","data-only",null,"Residents who feel safe after dark","From the annual residents' survey, so every quarterly report repeats the last survey.",null,null],
["equality/outcomes/employment-disabled/","equality-outcome","2020-21",null,null,"Increase employment levels amongst residents with disabilities",null,null,null],
["equality/groups/age/","group",null,null,null,"Age",null,null,null],
["equality/groups/disability/","group",null,null,null,"Disability",null,null,null],
["equality/groups/care-leavers/","group",null,null,null,"Care leavers",null,null,null],
["people/jo-bloggs/","person",null,null,null,"Jo Bloggs",null,null,null],
["people/cabinet-member-growth/","person",null,null,null,"Cabinet Member for Growth",null,null,null],
["people/director-of-housing/","person",null,null,null,"Director of Housing",null,null,null]]);
