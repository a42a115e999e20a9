plansiteSearch("r/1",[["plans/2020-21/measures/employment-rate/","measure","2020-21","amber",null,"Employment rate","The share of working-age residents in work.",null,"Cabinet Member for Growth; Jo Bloggs"],
["plans/2021-22/safer/","priority","2021-22",null,"1","Safer streets",null,null,null],
["plans/2021-22/s-1/","outcome","2021-22",null,"1.1","Streets feel safer",null,null,null],
["plans/2021-22/s-1/lighting/","activity","2021-22","completed","1","Replace street lighting",null,"31 March 2022","Jo Bloggs"],
["plans/2021-22/s-1/lighting/survey/","deliverable","2021-22","completed","1a","Survey every street",null,"Q1 2021/22",null],
["plans/2021-22/s-1/wardens/","activity","2021-22","completed","2","Recruit street wardens",null,"March 2022",null],
["plans/2021-22/s-1/cameras/","activity","2021-22","in-progress","3","Install cameras at hot spots","Added to the plan by the Cabinet in October 2021.","31 March 2022",null],
["plans/2021-22/measures/street-crime/","measure","2021-22","green",null,"Street crimes per 1,000 residents",null,null,null]]);
