// bilingual.mjs SITE - the Welsh tree of the bilingual fixture (tests/bilingual/content) in
// Debian's Chromium at 320 px, as check.mjs checks the default site: on the Welsh home page
// and a Welsh item page (the activity whose title is not translated, so shown in English
// with lang="en-GB"), axe-core's WCAG 2.0/2.1/2.2 A and AA rules, no sideways scrolling of
// the body (wide tables scroll inside .table-wrap), and no file that fails to load. Also that
// the page says lang="cy" and its language switcher leads to the English page.
// Prints "ok"/"FAIL" lines and closes with "N passed, N failed"; exits 1 on any failure.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [site] = process.argv.slice(2).map((p) => path.resolve(p));
if (!site) {
	console.error('usage: node bilingual.mjs SITE');
	process.exit(2);
}
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const PAGES = [
	['Welsh home', 'cy/index.html', 'index.html'],
	['Welsh item (untranslated title)', 'cy/plans/2023-24/1/2/index.html', 'plans/2023-24/1/2/index.html'],
];

let passed = 0;
let failed = 0;
const ok = (what) => { passed++; console.log(`ok   ${what}`); };
const bad = (what, detail) => {
	failed++;
	console.log(`FAIL ${what}`);
	if (detail) console.log(String(detail).split('\n').map((l) => `   | ${l}`).join('\n'));
};

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
		'--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
// The pages' Content-Security-Policy forbids inline scripts; axe is injected, so bypass it.
const context = await browser.newContext({ bypassCSP: true, viewport: { width: 320, height: 800 } });
await context.addInitScript(axeSource);
const page = await context.newPage();

for (const [name, rel, english] of PAGES) {
	const file = path.join(site, rel);
	if (!fs.existsSync(file)) {
		bad(`${name}: ${rel} exists`);
		continue;
	}
	// As check.mjs: a file:// load Chromium aborts now and then is tried a second time.
	let failures = [];
	for (let attempt = 0; attempt < 2; attempt++) {
		failures = [];
		const onFail = (req) => failures.push(`${req.url()} (${req.failure()?.errorText})`);
		page.on('requestfailed', onFail);
		try {
			await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
		} finally {
			page.off('requestfailed', onFail);
		}
		if (!failures.length) break;
	}
	if (failures.length) bad(`files load: ${name} (${rel})`, failures.join('\n'));
	else ok(`files load: ${name} (${rel})`);

	const v = await page.evaluate(async (tags) => {
		const res = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return res.violations.map((x) => `${x.id} (${x.impact}): ${x.help}\n    ` +
			x.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n    '));
	}, WCAG);
	if (v.length) bad(`axe at 320 px: ${name} (${rel}): ${v.length} violation(s)`, v.join('\n'));
	else ok(`axe at 320 px: ${name} (${rel}): no WCAG A/AA violations`);

	const w = await page.evaluate(() => {
		const over = [];
		for (const el of document.body.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.right > innerWidth + 1 && !el.closest('.table-wrap, .skip-link')) over.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} (right ${Math.round(r.right)})`);
			if (over.length >= 5) break;
		}
		return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, over };
	});
	if (w.scroll <= w.client) ok(`320 px: ${name}: no horizontal scrolling`);
	else bad(`320 px: ${name}: the page is ${w.scroll} px wide`, w.over.join('\n'));

	// The page is Welsh, and its switcher (a link with hreflang="en-GB") opens the English page.
	const lang = await page.evaluate(() => document.documentElement.lang);
	const sw = page.locator('a[hreflang="en-GB"]');
	if (lang === 'cy' && await sw.count() === 1) {
		await sw.click();
		await page.waitForLoadState('load');
		const at = page.url();
		const want = pathToFileURL(path.join(site, english)).href;
		const enLang = await page.evaluate(() => document.documentElement.lang);
		if (at === want && enLang === 'en-GB') ok(`${name}: lang="cy"; the switcher opens the English page ${english}`);
		else bad(`${name}: the switcher opens the English page`, `opened ${at} (lang ${enLang}), not ${want}`);
	} else {
		bad(`${name}: lang="cy" and one switcher link to en-GB`, `lang ${lang}, ${await sw.count()} links`);
	}
}

await browser.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
