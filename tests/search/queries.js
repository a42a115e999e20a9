// queries.js - the golden queries over the default content: what a resident or journalist
// types (the address after "?", as a shared link would carry it) and what must come back.
//   first:   the path of the first result
//   top:     paths that must be among the first `within` results (default 5)
//   absent:  paths that must not be among the results shown
//   suggest: the "did you mean" text, or "" for none
//   count:   the exact number of results; min: at least this many
//   lead:    a name every one of the first results is led by
"use strict";
module.exports = [
  // misspellings: one edit (two for 8+ letters), offered as "did you mean"
  { q: "q=homless", suggest: "homeless", top: ["plans/2019-22/measures/households-prevented-homelessness/", "plans/2019-22/4/4-2/"] },
  { q: "q=homelesness", suggest: "homelessness", top: ["plans/2019-22/4/4-2/", "plans/2017-18/2-2/5/"] },
  { q: "q=aprenticeship", suggest: "apprenticeship", top: ["plans/2017-18/1-2/1/mayors-apprenticeship-fund/"] },
  { q: "q=employmnet", suggest: "employment", top: ["plans/2019-22/measures/workpath-adults-into-employment/"], within: 10 },
  { q: "q=reciepts", suggest: "receipts", first: "plans/2017-18/2-2/1/right-to-buy-receipts/" },
  { q: "q=tranport", suggest: "transport", top: ["plans/2013-14/1-5/support-local-transport/"] },
  { q: "q=safegaurding", suggest: "safeguarding", first: "plans/2019-22/2/2-4/" },
  // word forms: one stem group, built with Snowball at build time
  { q: "q=homeless+prevention", suggest: "", top: ["plans/2019-22/measures/households-prevented-homelessness/", "plans/2013-14/measures/homelessness-prevention-casework/"] },
  { q: "q=overcrowding", suggest: "", top: ["plans/2019-22/measures/household-overcrowding/", "plans/2013-14/measures/overcrowded-families-rehoused/", "equality/outcomes/overcrowding-bme-families/"] },
  { q: "q=overcrowded", top: ["plans/2019-22/measures/household-overcrowding/", "plans/2013-14/measures/overcrowded-families-rehoused/"] },
  { q: "q=recycle", top: ["plans/2019-22/measures/household-recycling/", "plans/2017-18/2-1/2/"] },
  { q: "q=library", top: ["plans/2019-22/measures/libraries-idea-stores-satisfaction/"] },
  { q: "q=regenerate", top: ["plans/2019-22/6/6-4/", "plans/2017-18/2-2/1/blackwall-reach-phase-2/"] },
  // a form the corpus lacks stands for the shorter form it starts with
  { q: "q=smokers", suggest: "", top: ["plans/2013-14/measures/people-stopped-smoking/"] },
  { q: "q=antisocial+behaviour", top: ["plans/2019-22/7/", "plans/2019-22/measures/residents-concern-crime-asb/"] },
  { q: "q=anti-social", top: ["plans/2019-22/7/", "plans/2017-18/2-2/2/estates-anti-social-behaviour/"] },
  // prefixes, as one types
  { q: "q=apprentices", top: ["plans/2017-18/1-1/6/audit-apprenticeships-and-jobs/"] },
  { q: "q=hous&plan=2019-22", min: 10, top: ["plans/2019-22/6/6-1/"] },
  { q: "q=safeg", first: "plans/2019-22/2/2-4/" },
  // a lead's name with topic words finds what they lead
  { q: "q=Scott+apprenticeship", first: "plans/2017-18/1-1/6/audit-apprenticeships-and-jobs/", lead: "Andy Scott", min: 4 },
  { q: "q=Andy+Scott", first: "people/andy-scott/", min: 20 },
  // codes and ids: exact, then children, never a longer number
  { q: "q=1.2", first: "plans/2019-22/1/1-2/", top: ["plans/2017-18/1-2/", "plans/2013-14/1-2/"], absent: ["plans/2019-22/1/1-1/", "plans/2017-18/1-1/", "plans/2013-14/1-1/"], noCode: "11.2" },
  { q: "q=1.1", first: "plans/2019-22/1/1-1/", top: ["plans/2017-18/1-1/"], noCode: "11.1" },
  { q: "q=2.3", first: "plans/2019-22/2/2-3/", top: ["plans/2017-18/2-3/"] },
  { q: "q=01.01.01", first: "plans/2007-08/01-01-01/", top: ["plans/2007-08/01-01-01/01-01-01a/", "plans/2007-08/01-01-01/01-01-01b/"] },
  { q: "q=04.01.01b", top: ["plans/2007-08/04-01-01/04-01-01b/"] },
  { q: "q=growth-strategy", top: ["plans/2017-18/1-1/1/growth-strategy/", "plans/2017-18/1-1/1/"] },
  // titles over body; the current plan first
  { q: "q=Households+prevented+from+becoming+homeless", first: "plans/2019-22/measures/households-prevented-homelessness/", count: 1 },
  { q: "q=air+quality", first: "plans/2019-22/5/5-5/", top: ["plans/2017-18/2-1/5/air-quality-action-plan/"] },
  { q: "q=hate+crime", top: ["plans/2019-22/measures/hate-crime/", "plans/2019-22/measures/hate-crime-disability/"] },
  { q: "q=women+into+work", first: "plans/2019-22/measures/workpath-women-into-work/" },
  { q: "q=idea+stores", top: ["plans/2019-22/measures/idea-store-learners-passing/", "plans/2019-22/measures/libraries-idea-stores-satisfaction/"] },
  { q: "q=CCTV", first: "plans/2019-22/7/7-5/", top: ["plans/2017-18/2-3/2/mobile-cctv-cameras/"] },
  { q: "q=council+tax", top: ["plans/2013-14/2-3/council-tax-support-local-social-fund/new-council-tax-support-scheme/"] },
  { q: "q=domestic+violence", first: "plans/2017-18/1-4/6/lgbt-domestic-violence-outreach/" },
  { q: "q=healthy+weight", count: 2, top: ["plans/2019-22/3/3-1/", "plans/2017-18/1-5/3/healthy-weight-engagement/"] },
  { q: "q=obesity", top: ["plans/2013-14/measures/reception-children-obese/", "equality/outcomes/childhood-obesity/"] },
  { q: "q=Muslim", top: ["equality/outcomes/employment-muslim-residents/"] },
  { q: "q=older+people", first: "plans/2019-22/measures/older-people-at-home-91-days/" },
  { q: "q=disability+employment", first: "plans/2019-22/measures/workpath-disabled-residents-into-work/" },
  { q: "q=knife+crime", count: 1, first: "plans/2019-22/7/7-8/" },
  // filters in the address, with or without words
  { q: "q=affordable+homes&plan=2017-18", count: 3, absent: ["plans/2019-22/6/", "plans/2019-22/measures/affordable-homes-completed/"] },
  { q: "q=apprenticeship&plan=2017-18&kind=deliverable", min: 5, absent: ["plans/2013-14/2-2/increase-number-apprenticeships/"] },
  { q: "kind=measure&status=red", count: 7, top: ["plans/2019-22/measures/affordable-homes-completed/", "plans/2019-22/measures/workpath-women-into-work/"] },
  { q: "group=disability", min: 10, top: ["plans/2017-18/1-1/"] },
  { q: "kind=activity&dir=place", min: 20, first: "plans/2019-22/1/1-1/" },
  // nothing matches: said so, nothing suggested
  { q: "q=zzzzqqqq", count: 0, suggest: "" },
];
