/* plansite search index: generated with the site; read by search.js. Each item is
   [path, kind, plan index or null, status, code, id, title, text]. */
window.plansiteSearch = {
 "plans":[
  [
   "2020-21",
   "Strategic Plan 2020/21"
  ]
 ],
 "items":[
  [
   "plans/2020-21/1/",
   "priority",
   0,
   null,
   "1",
   "1",
   "Homes & jobs",
   null
  ],
  [
   "plans/2020-21/1-1/",
   "outcome",
   0,
   null,
   "1.1",
   "1-1",
   "More residents in good jobs",
   "Jobs matter. \"Quotes\" and are escaped."
  ],
  [
   "plans/2020-21/1-1/1/",
   "activity",
   0,
   "in-progress",
   "1",
   "1",
   "Run an employment service",
   null
  ],
  [
   "plans/2020-21/1-1/1/job-fair/",
   "deliverable",
   0,
   "deferred",
   null,
   "job-fair",
   "Hold a job fair",
   null
  ],
  [
   "plans/2020-21/1-1/1/apprenticeships/",
   "deliverable",
   0,
   "in-progress",
   null,
   "apprenticeships",
   "Create 50 apprenticeships",
   null
  ],
  [
   "plans/2020-21/1-2/",
   "outcome",
   0,
   null,
   "1.2",
   "1-2",
   "Better homes",
   null
  ],
  [
   "plans/2020-21/1-2/1/",
   "activity",
   0,
   "completed",
   "1",
   "1",
   "Build new homes",
   null
  ],
  [
   "plans/2020-21/1-2/2/",
   "activity",
   0,
   "not-reported",
   "2",
   "2",
   "Review allocations",
   null
  ],
  [
   "plans/2020-21/measures/employment-rate/",
   "measure",
   0,
   "amber",
   null,
   "employment-rate",
   "Employment rate",
   "The share of working-age residents in work."
  ],
  [
   "equality/outcomes/employment-disabled/",
   "equality-outcome",
   0,
   null,
   null,
   "employment-disabled",
   "Increase employment levels amongst residents with disabilities",
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
