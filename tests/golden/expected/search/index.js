/* plansite search index: generated with the site; read by search.js. Each item is
   [path, kind, plan index or null, status, code, id, title, text]. */
window.plansiteSearch = {
 "plans":[
  [
   "2021-22",
   "Safer Streets Plan 2021/22"
  ],
  [
   "2020-21",
   "Strategic Plan 2020/21"
  ]
 ],
 "items":[
  [
   "plans/2021-22/safer/",
   "priority",
   0,
   null,
   "1",
   "safer",
   "Safer streets",
   null
  ],
  [
   "plans/2021-22/s-1/",
   "outcome",
   0,
   null,
   "1.1",
   "s-1",
   "Streets feel safer",
   null
  ],
  [
   "plans/2021-22/s-1/lighting/",
   "activity",
   0,
   "completed",
   "1",
   "lighting",
   "Replace street lighting",
   null
  ],
  [
   "plans/2021-22/s-1/lighting/survey/",
   "deliverable",
   0,
   "completed",
   "1a",
   "survey",
   "Survey every street",
   null
  ],
  [
   "plans/2021-22/s-1/wardens/",
   "activity",
   0,
   "completed",
   "2",
   "wardens",
   "Recruit street wardens",
   null
  ],
  [
   "plans/2021-22/s-1/cameras/",
   "activity",
   0,
   "in-progress",
   "3",
   "cameras",
   "Install cameras at hot spots",
   "Added to the plan by the Cabinet in October 2021."
  ],
  [
   "plans/2021-22/measures/street-crime/",
   "measure",
   0,
   "green",
   null,
   "street-crime",
   "Street crimes per 1,000 residents",
   null
  ],
  [
   "plans/2021-22/measures/feel-safe/",
   "measure",
   0,
   "data-only",
   null,
   "feel-safe",
   "Residents who feel safe after dark",
   "From the annual residents' survey, so every quarterly report repeats the last survey."
  ],
  [
   "plans/2021-22/measures/job-starts/",
   "measure",
   0,
   "data-only",
   null,
   "job-starts",
   "Residents starting a job through the service",
   null
  ],
  [
   "plans/2021-22/measures/job-starts-disabled/",
   "measure",
   0,
   "data-only",
   null,
   "job-starts-disabled",
   "Disabled residents starting a job through the service",
   null
  ],
  [
   "plans/2021-22/measures/job-starts-care-leavers/",
   "measure",
   0,
   "data-only",
   null,
   "job-starts-care-leavers",
   "Care leavers starting a job through the service",
   null
  ],
  [
   "plans/2020-21/1/",
   "priority",
   1,
   null,
   "1",
   "1",
   "Homes & jobs",
   null
  ],
  [
   "plans/2020-21/1-1/",
   "outcome",
   1,
   null,
   "1.1",
   "1-1",
   "More residents in good jobs",
   "Jobs matter. \"Quotes\" and are escaped."
  ],
  [
   "plans/2020-21/1-1/1/",
   "activity",
   1,
   "in-progress",
   "1",
   "1",
   "Run an employment service",
   null
  ],
  [
   "plans/2020-21/1-1/1/job-fair/",
   "deliverable",
   1,
   "deferred",
   null,
   "job-fair",
   "Hold a job fair",
   null
  ],
  [
   "plans/2020-21/1-1/1/apprenticeships/",
   "deliverable",
   1,
   "in-progress",
   null,
   "apprenticeships",
   "Create 50 apprenticeships",
   null
  ],
  [
   "plans/2020-21/1-2/",
   "outcome",
   1,
   null,
   "1.2",
   "1-2",
   "Better homes",
   null
  ],
  [
   "plans/2020-21/1-2/1/",
   "activity",
   1,
   "completed",
   "1",
   "1",
   "Build new homes",
   null
  ],
  [
   "plans/2020-21/1-2/2/",
   "activity",
   1,
   "not-reported",
   "2",
   "2",
   "Review allocations",
   null
  ],
  [
   "plans/2020-21/measures/employment-rate/",
   "measure",
   1,
   "amber",
   null,
   "employment-rate",
   "Employment rate",
   "The share of working-age residents in work."
  ],
  [
   "equality/outcomes/employment-disabled/",
   "equality-outcome",
   1,
   null,
   null,
   "employment-disabled",
   "Increase employment levels amongst residents with disabilities",
   null
  ],
  [
   "equality/outcomes/care-leavers-homes/",
   "equality-outcome",
   1,
   null,
   null,
   "care-leavers-homes",
   "Find a home for every care leaver",
   null
  ],
  [
   "equality/groups/age/",
   "group",
   null,
   null,
   null,
   "age",
   "Age",
   null
  ],
  [
   "equality/groups/disability/",
   "group",
   null,
   null,
   null,
   "disability",
   "Disability",
   null
  ],
  [
   "equality/groups/care-leavers/",
   "group",
   null,
   null,
   null,
   "care-leavers",
   "Care leavers",
   null
  ],
  [
   "people/jo-bloggs/",
   "person",
   null,
   null,
   null,
   "jo-bloggs",
   "Jo Bloggs",
   "J Bloggs"
  ],
  [
   "people/cabinet-member-growth/",
   "person",
   null,
   null,
   null,
   "cabinet-member-growth",
   "Cabinet Member for Growth",
   null
  ],
  [
   "people/director-of-housing/",
   "person",
   null,
   null,
   null,
   "director-of-housing",
   "Director of Housing",
   null
  ],
  [
   "directorates/place/",
   "directorate",
   null,
   null,
   "PLACE",
   "place",
   "Place",
   null
  ]
 ]
};
