// search_bytes.js - bytes of search index a real browser loads: SITE/search/index.html from
// file:// in Debian's Chromium (playwright-core from tests/browser), counting every index
// file it requests (search/*.js but the page itself) at its size on disk.
//
//   node tests/bench/search_bytes.js SITE "query one" "query two" ...
//
// Prints "ready BYTES FILES" (the page until its search box shows), then per query
// "query BYTES FILES RESULTS text" (loaded after the page was ready, in a fresh page).
"use strict";
const fs = require("fs");
const path = require("path");
const { fileURLToPath } = require("url");
const { chromium } = require("../browser/node_modules/playwright-core");

const site = path.resolve(process.argv[2]);
const start = "file://" + path.join(site, "search", "index.html");
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

async function fresh(browser) {
  const page = await browser.newPage();
  const seen = { bytes: 0, files: 0 };
  page.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith("file:") || !u.includes("/search/") || !u.endsWith(".js")) return;
    seen.bytes += fs.statSync(fileURLToPath(u)).size;
    seen.files++;
  });
  await page.goto(start);
  await page.waitForFunction(() => !document.getElementById("search").hidden, null, { timeout: 60000 });
  return { page, seen };
}

(async () => {
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: FLAGS });
  try {
    const first = await fresh(browser);
    console.log(`ready ${first.seen.bytes} ${first.seen.files}`);
    await first.page.close();
    for (const q of process.argv.slice(3)) {
      const { page, seen } = await fresh(browser);
      seen.bytes = 0;
      seen.files = 0;
      await page.fill("#search-q", q);
      await page.press("#search-q", "Enter");
      await page.waitForFunction(() => {
        const c = document.getElementById("search-count").textContent;
        return c && c !== document.getElementById("search").getAttribute("data-loading");
      }, null, { timeout: 120000 });
      const n = await page.$$eval("#search-results > li", (l) => l.length);
      console.log(`query ${seen.bytes} ${seen.files} ${n} ${q}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(String(e && e.stack || e)); process.exit(1); });
