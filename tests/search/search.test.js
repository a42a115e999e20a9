// search.test.js - the golden queries (queries.js) and the search page's behaviour, in
// Debian's Chromium driven by playwright-core, over a built site opened from file://.
//
//   node tests/search/search.test.js SITE
//
// Also checks: typing, "did you mean" links, paging ("show more"), filters kept in the
// address, result details, that a page load fetches only the manifest and a query a few
// shards, and the browse pages without JavaScript (each under 100 kB, every item listed).
// Ends with "N passed, N failed".
"use strict";
const fs = require("fs");
const path = require("path");
const { chromium } = require("../browser/node_modules/playwright-core");
const queries = require("./queries.js");

const site = path.resolve(process.argv[2] || "site");
const start = "file://" + path.join(site, "search", "index.html");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

let passed = 0, failed = 0;
function check(ok, what, detail) {
  if (ok) { passed++; console.log("ok: " + what); }
  else { failed++; console.log("FAILED: " + what + (detail ? ": " + detail : "")); }
}

async function settled(page) {
  await page.waitForFunction(() => {
    const box = document.getElementById("search");
    const c = document.getElementById("search-count").textContent;
    return c && c !== box.getAttribute("data-loading");
  }, null, { timeout: 10000 });
}

async function results(page) {
  return page.evaluate(() => {
    const sug = document.getElementById("search-suggest");
    const count = document.getElementById("search-count").textContent;
    const m = /\d+/.exec(count);
    return {
      countText: count,
      count: m ? Number(m[0]) : 0,
      suggest: sug.hidden ? "" : (sug.querySelector("a") || {}).textContent || "",
      more: !document.getElementById("search-more").hidden,
      items: Array.from(document.querySelectorAll("#search-results > li")).map((li) => ({
        path: li.querySelector("a").getAttribute("href").replace(/^(\.\.\/)+/, "").replace(/index\.html$/, ""),
        text: li.textContent,
        meta: Array.from(li.querySelectorAll(".search__meta")).map((p) => p.textContent).join(" | "),
      })),
    };
  });
}

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out); else if (e.name === "index.html") out.push(p);
  }
  return out;
}

async function main() {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: FLAGS });
  try {
    const page = await browser.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
    let loaded = [];
    page.on("request", (r) => { if (r.url().includes("/search/") && r.url().endsWith(".js")) loaded.push(r.url().replace(/^.*\/search\//, "")); });

    // -- the golden queries --
    for (const t of queries) {
      await page.goto(start + "?" + t.q);
      try { await settled(page); } catch (e) { check(false, `"${t.q}" settles`, String(e)); continue; }
      const r = await results(page);
      const paths = r.items.map((i) => i.path);
      const within = paths.slice(0, t.within || 5);
      const problems = [];
      if (t.first && paths[0] !== t.first) problems.push(`first is ${paths[0]}, want ${t.first}`);
      for (const p of t.top || []) if (!within.includes(p)) problems.push(`${p} not in the first ${within.length}`);
      for (const p of t.absent || []) if (paths.includes(p)) problems.push(`${p} should not be found`);
      if (t.suggest !== undefined && r.suggest !== t.suggest) problems.push(`suggests "${r.suggest}", want "${t.suggest}"`);
      if (t.count !== undefined && r.count !== t.count) problems.push(`${r.count} results, want ${t.count}`);
      if (t.min !== undefined && r.count < t.min) problems.push(`${r.count} results, want at least ${t.min}`);
      if (t.noCode && r.items.some((i) => new RegExp("(^|[^0-9.])" + t.noCode.replace(/\./g, "\\.") + "([^0-9.]|$)").test(i.meta)))
        problems.push(`a result has code ${t.noCode}`);
      if (t.lead) {
        const firsts = r.items.slice(0, Math.min(t.min || 1, r.items.length));
        if (!firsts.length || firsts.some((i) => !i.text.includes(t.lead))) problems.push(`not all of the first results are led by ${t.lead}`);
      }
      check(problems.length === 0, `query ${t.q}` + (paths[0] ? ` (first: ${paths[0]})` : ""), problems.join("; "));
    }

    // -- bytes: the page loads the manifest only; a query a few shards --
    loaded = [];
    await page.goto(start);
    await page.waitForFunction(() => !document.getElementById("search").hidden);
    check(loaded.length === 1 && loaded[0] === "manifest.js", "a page load fetches only the search manifest", loaded.join(", "));
    loaded = [];
    await page.fill("#search-q", "homeless prevention");
    await page.press("#search-q", "Enter");
    await settled(page);
    check(loaded.length > 0 && loaded.length <= 12, `a two-word query loads ${loaded.length} index files`, loaded.join(", "));

    // -- typing, and the address follows --
    await page.goto(start);
    await page.waitForFunction(() => !document.getElementById("search").hidden);
    await page.type("#search-q", "homless", { delay: 20 });
    await page.waitForFunction(() => document.querySelectorAll("#search-results li").length > 0);
    await settled(page);
    let r = await results(page);
    check(r.suggest === "homeless" && r.items.length > 0, "typing a misspelt word shows results and a suggestion");
    check(page.url().endsWith("?q=homless"), "the address keeps the query", page.url());
    await page.click("#search-suggest a");
    await page.waitForFunction(() => document.getElementById("search-q").value === "homeless");
    await settled(page);
    r = await results(page);
    check(r.suggest === "" && r.items.length > 0 && page.url().endsWith("?q=homeless"), "following \"did you mean\" searches for the suggestion");

    // -- paging --
    await page.goto(start + "?q=Andy+Scott");
    await settled(page);
    r = await results(page);
    const total = r.count;
    check(total > 20 && r.items.length === 20 && r.more, `the first 20 of ${total} results are shown, with "show more"`);
    await page.click("#search-more");
    await page.waitForFunction((n) => document.querySelectorAll("#search-results > li").length > n, 20);
    r = await results(page);
    check(r.items.length === Math.min(40, total) && r.more === total > 40, `"show more" shows ${r.items.length} of ${total}`);
    check(new Set(r.items.map((i) => i.path)).size === r.items.length, "no result is shown twice after paging");
    const focused = await page.evaluate(() => document.activeElement === document.querySelectorAll("#search-results > li")[20].querySelector("a"));
    check(focused, "after \"show more\" the keyboard focus is on the first new result");

    // -- filters in the address, and a shared link reproduces them --
    await page.goto(start + "?q=apprenticeship");
    await settled(page);
    await page.selectOption("#search-plan", "2017-18");
    await page.selectOption("#search-kind", "deliverable");
    await settled(page);
    const filtered = await results(page);
    const url = page.url();
    check(/[?&]plan=2017-18/.test(url) && /[?&]kind=deliverable/.test(url) && /[?&]q=apprenticeship/.test(url), "the filters are kept in the address", url);
    const shared = await browser.newPage();
    await shared.goto(url);
    await settled(shared);
    const again = await results(shared);
    const sel = await shared.evaluate(() => [document.getElementById("search-plan").value, document.getElementById("search-kind").value]);
    check(sel[0] === "2017-18" && sel[1] === "deliverable" && JSON.stringify(again.items.map((i) => i.path)) === JSON.stringify(filtered.items.map((i) => i.path)),
      "opening the address reproduces the filtered search");
    await shared.close();
    // each result shows its type, plan, status and deadline
    const detailed = filtered.items.find((i) => /Deadline:/.test(i.meta));
    check(filtered.items.length > 0 && filtered.items.every((i) => /Deliverable/.test(i.meta) && /Strategic Plan 2017\/18/.test(i.meta) && /Not reported|Completed|In progress|Not started|Deferred/.test(i.meta)),
      "each result shows its type, plan and status");
    check(detailed !== undefined || filtered.items.length === 0, "results show their deadline when they have one");
    check(errors.length === 0, "no script errors", errors.join("; "));

    // -- accessibility of the page with results, suggestion and "show more", at 320 px --
    const axeSource = fs.readFileSync(require.resolve("../browser/node_modules/axe-core/axe.min.js"), "utf8");
    const small = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 800 } });
    await small.addInitScript(axeSource); // injected, so the CSP is bypassed for axe alone
    const p4 = await small.newPage();
    for (const q of ["q=homless", "q=Andy+Scott&plan=2017-18"]) {
      await p4.goto(start + "?" + q);
      await settled(p4);
      const v = await p4.evaluate(async () => {
        const res = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] }, resultTypes: ["violations"] });
        return res.violations.map((x) => x.id + ": " + x.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", "));
      });
      check(v.length === 0, `axe at 320 px with results shown (${q}): no WCAG 2.2 A/AA violations`, v.join("; "));
      const w = await p4.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      check(w[0] <= w[1], `at 320 px the results do not scroll sideways (${q})`, w.join(" > "));
    }
    await small.close();

    // -- without JavaScript: the browse pages --
    const nojs = await browser.newContext({ javaScriptEnabled: false });
    const p2 = await nojs.newPage();
    await p2.goto(start);
    check(!(await p2.isVisible("#search-q")), "without JavaScript no dead search form is shown");
    const lead = await p2.textContent(".lead");
    const items = Number((/\d+/.exec(lead) || ["0"])[0]);
    // the current plan's letters are on the search page; the other plans' on their own page
    const letters = await p2.$$eval(".az-letters a", (as) => as.map((a) => a.href));
    const others = await p2.$$eval("#browse-other-plans ~ ul a, #browse-other-plans + ul a", (as) => as.map((a) => a.href));
    for (const href of others) {
      await p2.goto(href);
      letters.push(...await p2.$$eval(".az-letters a", (as) => as.map((a) => a.href)));
    }
    let listed = 0;
    for (const href of letters) {
      await p2.goto(href);
      listed += await p2.$$eval(".az-list a", (as) => as.length);
      let next = await p2.$("a[rel=next]");
      while (next) {
        await Promise.all([p2.waitForNavigation(), next.click()]);
        listed += await p2.$$eval(".az-list a", (as) => as.length);
        next = await p2.$("a[rel=next]");
      }
    }
    check(items > 0 && listed === items, `the A-Z browse pages list all ${items} items (${listed})`);
    await nojs.close();
    const pages = walk(path.join(site, "search", "browse"), []);
    const big = pages.filter((p) => fs.statSync(p).size >= 100000);
    const largest = Math.max(...pages.map((p) => fs.statSync(p).size));
    check(pages.length > 0 && big.length === 0, `every browse page is under 100 kB (${pages.length} pages, largest ${largest} bytes)`, big.slice(0, 3).join(", "));
    const searchPage = fs.statSync(path.join(site, "search", "index.html")).size;
    check(searchPage < 100000, `the search page is under 100 kB (${searchPage} bytes)`);
  } finally {
    await browser.close();
  }
}

main().then(
  () => { console.log(`${passed} passed, ${failed} failed`); process.exit(failed ? 1 : 0); },
  (e) => { console.log("FAILED: " + (e && e.stack || e)); console.log(`${passed} passed, ${failed + 1} failed`); process.exit(1); });
