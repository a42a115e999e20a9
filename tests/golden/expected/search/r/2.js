plansiteSearch("r/2",[["plans/2021-22/measures/feel-safe/","measure","2021-22","data-only",null,"Residents who feel safe after dark","From the annual residents' survey, so every quarterly report repeats the last survey.",null,null],
["plans/2021-22/measures/job-starts/","measure","2021-22","data-only",null,"Residents starting a job through the service",null,null,null],
["plans/2021-22/measures/job-starts-disabled/","measure","2021-22","data-only",null,"Disabled residents starting a job through the service",null,null,null],
["plans/2021-22/measures/job-starts-care-leavers/","measure","2021-22","data-only",null,"Care leavers starting a job through the service",null,null,null],
["equality/outcomes/employment-disabled/","equality-outcome","2020-21",null,null,"Increase employment levels amongst residents with disabilities",null,null,null],
["equality/outcomes/care-leavers-homes/","equality-outcome","2020-21",null,null,"Find a home for every care leaver",null,null,null],
["equality/groups/age/","group",null,null,null,"Age",null,null,null],
["equality/groups/disability/","group",null,null,null,"Disability",null,null,null]]);
