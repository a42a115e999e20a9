plansiteSearch("r/0",[["plans/2020-21/1/","priority","2020-21",null,"1","Homes & jobs",null,null,null],
["plans/2020-21/1-1/","outcome","2020-21",null,"1.1","More residents in good jobs","Jobs matter. \"Quotes\" and are escaped.",null,null],
["plans/2020-21/1-1/1/","activity","2020-21","in-progress","1","Run an employment service",null,"31 March 2021","Cabinet Member for Growth; Jo Bloggs; PLACE"],
["plans/2020-21/1-1/1/job-fair/","deliverable","2020-21","deferred",null,"Hold a job fair",null,"December 2020","Jo Bloggs; PLACE"],
["plans/2020-21/1-1/1/apprenticeships/","deliverable","2020-21","in-progress",null,"Create 50 apprenticeships",null,"Q1 2020/21","Jo Bloggs"],
["plans/2020-21/1-2/","outcome","2020-21",null,"1.2","Better homes",null,null,null],
["plans/2020-21/1-2/1/","activity","2020-21","completed","1","Build new homes",null,"30 June 2020 and 31 March 2021","Director of Housing"],
["plans/2020-21/1-2/2/","activity","2020-21","not-reported","2","Review allocations",null,"To be confirmed",null]]);
