// residents.mjs SITE CONTENT - issue 20 in a real browser (Debian's Chromium, playwright-core):
//   * at 320 px and 1280 px: the needs-attention list is one click from the home page and
//     lists as many items as its headings count; no page of the kinds it touches scrolls
//     sideways; the copy button copies the permanent address;
//   * without JavaScript: no copy button, the address is still a working link, and the
//     needs-attention link still works;
//   * print to PDF (page.pdf(), text by pdftotext): the council, the page's permanent
//     address, the report period and the licence are on paper; a closed <details> table
//     prints; a report leaves out the plan's narrative.
// The expected council and licence come from CONTENT/site.yaml, the address from the page's
// place in SITE, the period from the report page's own "Period" row: never from the print
// header under test. Prints "ok"/"FAIL" lines, then "N passed, N failed"; exits 1 on failure.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [site, content] = process.argv.slice(2).map((p) => path.resolve(p));
if (!site || !content) {
	console.error('usage: node residents.mjs SITE CONTENT');
	process.exit(2);
}
let passed = 0;
let failed = 0;
const ok = (what) => { passed++; console.log(`ok   ${what}`); };
const bad = (what, detail) => {
	failed++;
	console.log(`FAIL ${what}`);
	if (detail) console.log(String(detail).split('\n').map((l) => `   | ${l}`).join('\n'));
};
const check = (cond, what, detail) => (cond ? ok(what) : bad(what, detail));

const siteYaml = fs.readFileSync(path.join(content, 'site.yaml'), 'utf8');
const yamlField = (key) => (siteYaml.match(new RegExp(`^${key}:\\s*(.+)$`, 'm')) || [])[1]?.trim();
const council = yamlField('council');
const licence = yamlField('licence');
const currentPlan = yamlField('current_plan');
if (!council || !licence || !currentPlan) {
	bad('site.yaml gives council, licence and current_plan', JSON.stringify({ council, licence, currentPlan }));
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(1);
}

// The first page (sorted) whose path matches: each kind this test needs must exist.
function htmlFiles(dir, rel = '') {
	let out = [];
	for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
		const r = rel ? `${rel}/${e.name}` : e.name;
		if (e.isDirectory()) out = out.concat(htmlFiles(dir, r));
		else if (e.name === 'index.html') out.push(r);
	}
	return out.sort();
}
const all = htmlFiles(site);
const pick = (re, accept) => all.find((r) => re.test(r) && (!accept || accept(fs.readFileSync(path.join(site, r), 'utf8'))));
const plan = `plans/${currentPlan}/`;
const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pages = {
	home: 'index.html',
	attention: `${plan}attention/index.html`,
	activity: pick(new RegExp(`^${esc(plan)}\\d+/\\d+-\\d+/index\\.html$`)),
	measure: pick(new RegExp(`^${esc(plan)}measures/[^/]+/index\\.html$`), (h) => h.includes('<details')),
	report: pick(new RegExp(`^${esc(plan)}reports/[^/]+/index\\.html$`)),
	deadlines: `${plan}deadlines/index.html`,
	plan: `${plan}index.html`,
};
for (const [kind, rel] of Object.entries(pages))
	if (!rel || !fs.existsSync(path.join(site, rel))) bad(`the site has a ${kind} page`, rel);

// Over HTTP for the clipboard (a permission Chromium grants to an origin), else file://.
const server = http.createServer((req, res) => {
	const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
	const file = path.join(site, rel);
	if (!file.startsWith(site) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
		res.writeHead(404);
		res.end();
		return;
	}
	const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
		'.json': 'application/json', '.csv': 'text/csv' }[path.extname(file)];
	res.writeHead(200, { 'content-type': type || 'application/octet-stream' });
	res.end(fs.readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const fileUrl = (rel) => pathToFileURL(path.join(site, rel)).href;

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
		'--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});

async function overflow(page) {
	return page.evaluate(() => {
		const over = [];
		for (const el of document.body.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.right > innerWidth + 1 && !el.closest('.table-wrap, .skip-link')) over.push(`${el.tagName.toLowerCase()}.${typeof el.className === 'string' ? el.className.split(' ')[0] : ''} (right ${Math.round(r.right)})`);
			if (over.length >= 5) break;
		}
		return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, over };
	});
}

// 1. At each width: one click to the list, counts that match, no sideways scrolling, copying.
for (const width of [320, 1280]) {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
	const page = await context.newPage();

	await page.goto(fileUrl(pages.home));
	const link = page.locator('section.attention h2 a');
	check(await link.count() === 1 && await link.isVisible(), `${width} px: the home page links to the needs-attention list`);
	if (await link.count() === 1) {
		await link.click();
		await page.waitForLoadState('load');
		check(page.url() === fileUrl(pages.attention), `${width} px: one click from home opens the needs-attention list`, page.url());
		const listed = await page.locator('ul.attention-list > li > a').count();
		const counted = await page.evaluate(() => [...document.querySelectorAll('main h2')]
			.map((h) => Number((h.textContent.match(/\((\d+)\)\s*$/) || [])[1] || 0)).reduce((a, b) => a + b, 0));
		check(listed > 0 && listed === counted, `${width} px: the list shows as many items (${listed}) as its headings count (${counted})`);
		const reasons = await page.locator('ul.attention-list .attention-list__reason').count();
		check(reasons > 0, `${width} px: items carry their one-line reason (${reasons})`);
	}

	for (const [kind, rel] of Object.entries(pages)) {
		if (!rel) continue;
		await page.goto(fileUrl(rel));
		const w = await overflow(page);
		check(w.scroll <= w.client, `${width} px: ${kind} page: no horizontal scrolling`, `${w.scroll} px wide\n${w.over.join('\n')}`);
	}

	if (pages.activity) {
		await page.goto(`${origin}/${pages.activity}`);
		const button = page.locator('button.copy-button');
		check(await button.isVisible(), `${width} px: with JavaScript the copy button shows`);
		const address = (await page.locator('#permanent-address').textContent()).trim();
		const expected = `/${path.posix.dirname(pages.activity)}/`;
		check(address === expected, `${width} px: the permanent address is the page's own (${expected})`, address);
		await page.evaluate(() => navigator.clipboard.writeText('not yet'));
		await button.click();
		await page.waitForFunction(() => document.querySelector('.copy-button__status').textContent !== '', null, { timeout: 5000 }).catch(() => {});
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		check(copied === address, `${width} px: the copy button puts the address on the clipboard`, copied);
		const status = (await page.locator('.copy-button__status').textContent()).trim();
		check(status.length > 0, `${width} px: the copy button says it copied ("${status}")`);
	}
	await context.close();
}

// 1b. The measure's trend chart fills the column at every width, its text 12 to 18 px
// (within half a pixel), the latest figure labelled inside the drawing, the numbers one click away.
if (pages.measure) {
	const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
	const page = await context.newPage();
	for (const width of [320, 360, 429, 431, 500, 600, 700, 800, 992, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await page.goto(fileUrl(pages.measure));
		const r = await page.evaluate(() => {
			const fig = document.querySelector('figure.chart-trend');
			if (!fig) return null;
			const shown = [...fig.querySelectorAll('svg')].filter((svg) => svg.getClientRects().length);
			if (shown.length !== 1) return { shown: shown.length };
			const svg = shown[0];
			const box = svg.getBoundingClientRect();
			const scale = box.width / svg.viewBox.baseVal.width;
			const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
			const latest = [...svg.querySelectorAll('text[font-weight="bold"][fill="#1d4f91"]')].map((t) => {
				const b = t.getBBox();
				return b.x >= 0 && b.x + b.width <= svg.viewBox.baseVal.width + 0.5;
			});
			const main = document.querySelector('main').getBoundingClientRect().width;
			return { shown: 1, width: box.width, main, min: Math.min(...sizes), max: Math.max(...sizes), latest };
		});
		if (!r) { bad(`${width} px: the measure page has a trend chart`); break; }
		check(r.shown === 1, `${width} px: one trend drawing shows (${r.shown})`);
		if (r.shown !== 1) continue;
		check(Math.abs(r.width - r.main) <= 2, `${width} px: the trend chart is as wide as the column (${Math.round(r.width)} of ${Math.round(r.main)} px)`);
		check(r.min >= 11.5 && r.max <= 18.5, `${width} px: chart text renders at ${r.min.toFixed(1)} to ${r.max.toFixed(1)} px`);
		check(r.latest.length >= 1 && r.latest.every(Boolean), `${width} px: the latest figure's label sits inside the drawing`);
	}
	const summary = page.locator('figure.chart-trend details.chart-data > summary');
	await summary.click();
	check(await page.locator('figure.chart-trend details.chart-data table').isVisible(), 'the trend\'s numbers table opens with one click');
	await context.close();
}

// 2. Without JavaScript.
{
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 900 } });
	const page = await context.newPage();
	if (pages.activity) {
		await page.goto(fileUrl(pages.activity));
		check(!(await page.locator('button.copy-button').isVisible()), 'without JavaScript: no copy button shows');
		const a = page.locator('#permanent-address');
		check(await a.isVisible(), 'without JavaScript: the permanent address shows as a link');
		await a.click();
		await page.waitForLoadState('load');
		check(page.url() === fileUrl(pages.activity), 'without JavaScript: the address link opens the item itself', page.url());
		const json = page.locator('a[href="index.json"]');
		check(await json.count() === 1, 'the item links its index.json');
		const csv = await page.locator('a[type="text/csv"]').getAttribute('href');
		check(csv && fs.existsSync(path.join(site, path.posix.dirname(pages.activity), csv)), `the item links the CSV file holding its row (${csv})`);
	}
	await page.goto(fileUrl(pages.home));
	await page.locator('section.attention h2 a').click();
	await page.waitForLoadState('load');
	check(page.url() === fileUrl(pages.attention), 'without JavaScript: one click from home opens the needs-attention list', page.url());
	await context.close();
}

// 3. Paper.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'plansite-print-'));
const squash = (s) => s.replace(/\s+/g, '');
async function printed(page, rel) {
	await page.goto(fileUrl(rel));
	const file = path.join(tmp, `${rel.replace(/\//g, '_')}.pdf`);
	await page.pdf({ path: file, format: 'A4', printBackground: false });
	const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
	const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
	return { text, flat: squash(text), pages: Number((info.match(/^Pages:\s+(\d+)/m) || [])[1]) };
}
{
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const page = await context.newPage();
	await page.goto(fileUrl(pages.report));
	const period = (await page.evaluate(() => [...document.querySelectorAll('main dt')]
		.find((dt) => dt.textContent.trim() === 'Period')?.nextElementSibling?.textContent.trim())) || '';
	check(period !== '', `the report page states its period ("${period}")`);
	const narrative = await page.evaluate(() => document.querySelector('.report-outcome__description p')?.textContent.trim() || '');
	for (const kind of ['activity', 'report', 'attention']) {
		const rel = pages[kind];
		if (!rel) continue;
		const pdf = await printed(page, rel);
		const address = `/${path.posix.dirname(rel)}/`;
		for (const [what, want] of [['council', council], ['permanent address', address], ['report period', period], ['licence', licence]])
			check(want && pdf.flat.includes(squash(want)), `print: ${kind} page: the PDF names the ${what} (${want})`);
		if (kind === 'report') {
			check(!narrative || !pdf.flat.includes(squash(narrative).slice(0, 60)), `print: the report leaves out the plan's narrative (${pdf.pages} pages)`);
		}
	}
	if (pages.measure) {
		await page.goto(fileUrl(pages.measure));
		// A cell of a closed <details> table whose text shows nowhere else on the screen
		// (innerText leaves out what a closed <details> hides).
		const hidden = await page.evaluate(() => {
			const shown = document.body.innerText;
			const cells = [...document.querySelectorAll('details:not([open]) :is(td, th, dd, p)')];
			const cell = cells.map((c) => c.textContent.trim()).find((t) => t.length > 2 && !shown.includes(t));
			return cell || '';
		});
		check(hidden !== '', `the measure page has a closed <details> with text shown nowhere else ("${hidden}")`);
		const pdf = await printed(page, pages.measure);
		check(hidden && pdf.flat.includes(squash(hidden)), `print: a closed <details> prints ("${hidden}")`);
	}
	await context.close();
}
fs.rmSync(tmp, { recursive: true, force: true });

await browser.close();
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
