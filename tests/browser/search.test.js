// search.test.js - typing a deliverable's words on the search page finds it (real browser).
//
//   node tests/browser/search.test.js [SITE]      (SITE defaults to $PLANSITE_SITE, then site/)
//
// Opens SITE/search/index.html from file:// in Debian's /usr/bin/chromium (driven by
// playwright-core; no browser download), picks deliverables from SITE/data/deliverables.csv,
// types some of their words and checks that the result list links to them; checks the filters
// and that the page works without JavaScript (the A-Z browse pages). Ends with "N passed, N failed".
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const site = path.resolve(process.argv[2] || process.env.PLANSITE_SITE || path.join(__dirname, "../../site"));
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

let passed = 0, failed = 0;
function check(ok, what, detail) {
  if (ok) { passed++; console.log("ok: " + what); }
  else { failed++; console.log("FAILED: " + what + (detail ? ": " + detail : "")); }
}

// Minimal RFC 4180 reader (quoted fields, doubled quotes, CRLF).
function parseCsv(text) {
  const rows = []; let row = [], field = "", q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') q = false;
      else field += c;
    } else if (c === '"') q = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field.replace(/\r$/, "")); rows.push(row); row = []; field = ""; }
    else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

// Words of a title that are long enough to be telling: the first four of five letters or more.
function queryFor(title) {
  const words = title.split(/[^A-Za-z0-9]+/).filter((w) => w.length >= 5);
  return (words.length ? words : title.split(/\s+/)).slice(0, 4).join(" ");
}

async function main() {
  const rows = parseCsv(fs.readFileSync(path.join(site, "data", "deliverables.csv"), "utf8"));
  const head = rows[0];
  const ti = head.indexOf("title"), pi = head.indexOf("url"), si = head.indexOf("plan");
  const data = rows.slice(1).filter((r) => r.length === head.length);
  // Three deliverables spread over the list (first, middle, last).
  const picks = [data[0], data[Math.floor(data.length / 2)], data[data.length - 1]];
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: FLAGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    const url = "file://" + path.join(site, "search", "index.html");
    await page.goto(url);
    check(await page.isVisible("#search-q"), "the search form appears when JavaScript runs");
    for (const d of picks) {
      const q = queryFor(d[ti]);
      const href = "../" + d[pi].replace(/^[a-z]+:\/\/[^/]+\//, "") + "index.html";
      await page.fill("#search-q", "");
      await page.type("#search-q", q, { delay: 5 });
      const sel = `#search-results a[href="${href}"]`;
      let found = true;
      try { await page.waitForSelector(sel, { timeout: 5000 }); } catch (e) { found = false; }
      check(found, `typing "${q}" finds the deliverable ${d[pi]}`);
      // Filters: the same words with its plan and type keep it; another type drops it.
      // (results update asynchronously: the filters' index files load as scripts)
      await page.selectOption("#search-plan", d[si]);
      await page.selectOption("#search-kind", "deliverable");
      let kept = true;
      try { await page.waitForSelector(sel, { timeout: 5000 }); } catch (e) { kept = false; }
      check(kept, `with its plan and type filters it is still found`);
      await page.selectOption("#search-kind", "measure");
      let dropped = true;
      try { await page.waitForSelector(sel, { state: "detached", timeout: 5000 }); } catch (e) { dropped = false; }
      check(dropped, `filtering by another type leaves it out`);
      await page.selectOption("#search-kind", "");
      await page.selectOption("#search-plan", "");
    }
    await page.fill("#search-q", "zzzzqqqq");
    await page.waitForFunction(() => document.getElementById("search-count").textContent === "No results");
    check(true, "a query that matches nothing says so");
    check(errors.length === 0, "no script errors (the CSP allows the scripts from file://)", errors.join("; "));

    const nojs = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await nojs.newPage();
    await p2.goto(url);
    // the current plan's letters are on the search page; the other plans' on their own page
    const letters = await p2.$$eval(".az-letters a", (as) => as.map((a) => a.href));
    const others = await p2.$$eval("#browse-other-plans + ul a", (as) => as.map((a) => a.href));
    for (const href of others) {
      await p2.goto(href);
      letters.push(...await p2.$$eval(".az-letters a", (as) => as.map((a) => a.href)));
    }
    check(letters.length > 0, `without JavaScript the search page links ${letters.length} A-Z browse pages`);
    let listed = 0;
    for (const href of letters) {
      const p3 = await nojs.newPage();
      await p3.goto(href);
      listed += await p3.$$eval(".az-list a", (as) => as.length);
      await p3.close();
    }
    check(listed >= data.length, `the A-Z browse pages list ${listed} items`);
    check(!(await p2.isVisible("#search-q")), "without JavaScript no dead search form is shown");
    await nojs.close();
  } finally {
    await browser.close();
  }
}

main().then(
  () => { console.log(`${passed} passed, ${failed} failed`); process.exit(failed ? 1 : 0); },
  (e) => { console.log("FAILED: " + (e && e.stack || e)); console.log(`${passed} passed, ${failed + 1} failed`); process.exit(1); });
