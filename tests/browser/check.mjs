// check.mjs SITE SHOTS - real-browser checks of a built site in Debian's Chromium:
//   * axe-core (WCAG 2.0/2.1/2.2 A and AA rules): one page of every page type, then a spread
//     of other pages (BROWSER_PAGES, below; axe takes about a second a page);
//   * keyboard: the skip link is the first tab stop and moves focus to <main>; every link and
//     control reached with Tab looks different when focused (outline, box-shadow, background,
//     colour or underline);
//   * at 320 px the page body never scrolls sideways (wide tables scroll inside .table-wrap),
//     and no chart's SVG text renders below 10 px (font size x the SVG's scale);
//   * no stylesheet, image or other file fails to load;
//   * screenshots of the home, an activity and a measure page at 320 and 1280 px in SHOTS.
// Prints "ok"/"FAIL" lines and closes with "N passed, N failed"; exits 1 on any failure.
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [site, shots] = process.argv.slice(2).map((p) => path.resolve(p));
if (!site || !shots) {
	console.error('usage: node check.mjs SITE SHOTS');
	process.exit(2);
}
// BROWSER_PAGES: "types" (one page per type), "all" (every page: about 15 minutes on two
// cores), or N: the page types plus N other pages spread evenly over the site (default 60).
const mode = process.env.BROWSER_PAGES || '60';
const workers = Number(process.env.BROWSER_WORKERS || 3);
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Page types: the first page (in sorted order) whose site-relative path matches. A type with no
// page fails, so a renamed address shows up here rather than silently dropping a check.
const TYPES = [
	['home', /^index\.html$/],
	['plan', /^plans\/2019-22\/index\.html$/],
	['priority', /^plans\/2019-22\/priority-[^/]+\/index\.html$/],
	['outcome', /^plans\/2019-22\/\d+\/index\.html$/],
	['activity', /^plans\/2019-22\/\d+\/\d+-\d+\/index\.html$/],
	['deliverable', /^plans\/2013-14\/[^/]+\/[^/]+\/[^/]+\/index\.html$/],
	['measure with history chart', /^plans\/2019-22\/measures\/[^/]+\/index\.html$/, (html) => html.includes('<svg')],
	['measure', /^plans\/2013-14\/measures\/[^/]+\/index\.html$/],
	['measure broken down by group', /^plans\/2019-22\/measures\/hate-crime\/index\.html$/,
		(html) => html.includes('chart-breakdown')],
	['report', /^plans\/[^/]+\/reports\/[^/]+\/index\.html$/],
	['changes', /^plans\/[^/]+\/reports\/[^/]+\/changes\/index\.html$/],
	['deadlines', /^plans\/[^/]+\/deadlines\/index\.html$/],
	['needs attention', /^plans\/2019-22\/attention\/index\.html$/],
	['glossary', /^glossary\/index\.html$/],
	['people index', /^people\/index\.html$/],
	['person', /^people\/[^/]+\/index\.html$/],
	['directorates index', /^directorates\/index\.html$/, null, true],
	['directorate', /^directorates\/[^/]+\/index\.html$/],
	['equality index', /^equality\/index\.html$/],
	['equality outcome', /^equality\/outcomes\/[^/]+\/index\.html$/],
	['group', /^equality\/groups\/[^/]+\/index\.html$/],
	['group with the current plan\'s measures', /^equality\/groups\/disability\/index\.html$/],
	['about', /^about\/index\.html$/],
	['accessibility', /^accessibility\/index\.html$/],
	['not found', /^404\.html$/],
	['search', /^search\/index\.html$/, null, true],
	['browse plan', /^search\/browse\/[^/]+\/index\.html$/],
	['browse list', /^search\/browse\/[^/]+\/(a-z|status|type)\/[^/]+\/index\.html$/],
	['data', /^data\/index\.html$/, null, true],
];

let passed = 0;
let failed = 0;
const ok = (what) => { passed++; console.log(`ok   ${what}`); };
const bad = (what, detail) => {
	failed++;
	console.log(`FAIL ${what}`);
	if (detail) console.log(String(detail).split('\n').map((l) => `   | ${l}`).join('\n'));
};

function htmlFiles(dir, rel = '') {
	let out = [];
	for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
		const r = rel ? `${rel}/${e.name}` : e.name;
		if (e.isDirectory()) out = out.concat(htmlFiles(dir, r));
		else if (e.name.endsWith('.html')) out.push(r);
	}
	return out;
}
const all = htmlFiles(site).sort();
// The 404 page is served by the web server at any depth, so its links are root-relative:
// it is checked over HTTP (a tiny server on 127.0.0.1) at a made-up deep address.
const server = http.createServer((req, res) => {
	const rel = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/+/, '');
	let file = path.join(site, rel);
	let status = 200;
	if (!file.startsWith(site) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
		file = path.join(site, '404.html');
		status = 404;
	}
	const type = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.svg': 'image/svg+xml',
		'.png': 'image/png', '.json': 'application/json', '.csv': 'text/csv' }[path.extname(file)];
	res.writeHead(status, { 'content-type': type || 'application/octet-stream' });
	res.end(fs.readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const httpRoot = `http://127.0.0.1:${server.address().port}/`;
const urlOf = (rel) => rel === '404.html' ? `${httpRoot}plans/no-such-plan/nothing/` : pathToFileURL(path.join(site, rel)).href;

const picked = new Map(); // type -> rel
for (const [type, re, accept, optional] of TYPES) {
	const rel = all.find((r) => re.test(r) &&
		(!accept || accept(fs.readFileSync(path.join(site, r), 'utf8'))));
	if (rel) picked.set(type, rel);
	else if (!optional) bad(`page type "${type}": no page matches ${re}`);
}

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
		'--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
// The pages' Content-Security-Policy forbids inline scripts; axe is injected, so bypass it.
const context = await browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
await context.addInitScript(axeSource);

// Loads a page and returns the files that failed to load. Chromium now and then aborts a
// file:// load when several pages fetch the same file at once (net::ERR_FAILED), so a page
// with failures is loaded a second time and only failures that happen twice count.
async function open(page, rel) {
	let failures = [];
	for (let attempt = 0; attempt < 2; attempt++) {
		failures = [];
		const onFail = (req) => failures.push(`${req.url()} (${req.failure()?.errorText})`);
		page.on('requestfailed', onFail);
		try {
			await page.goto(urlOf(rel), { waitUntil: 'load' });
		} finally {
			page.off('requestfailed', onFail);
		}
		if (!failures.length) break;
	}
	return failures;
}

async function axe(page) {
	const r = await page.evaluate(async (tags) => {
		const res = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
		return res.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ` +
			v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n    '));
	}, WCAG);
	return r;
}

// 1. axe and load failures on one page of every type.
{
	const page = await context.newPage();
	for (const [type, rel] of picked) {
		const failures = await open(page, rel);
		const v = await axe(page);
		if (v.length) bad(`axe: ${type} (${rel}): ${v.length} violation(s)`, v.join('\n'));
		else ok(`axe: ${type} (${rel}): no WCAG A/AA violations`);
		if (failures.length) bad(`files load: ${type} (${rel})`, failures.join('\n'));
	}
	await page.close();
}

// 2. Keyboard: skip link first, moves focus to main; focus visible on every tab stop.
{
	const page = await context.newPage();
	for (const type of ['home', 'activity', 'measure with history chart', 'person', 'deadlines']) {
		const rel = picked.get(type);
		if (!rel) continue;
		await open(page, rel);
		await page.keyboard.press('Tab');
		const first = await page.evaluate(() => {
			const a = document.activeElement;
			const r = a.getBoundingClientRect();
			return { cls: a.className, href: a.getAttribute('href'), inView: r.left >= 0 && r.top >= 0 && r.width > 0 && r.right <= innerWidth };
		});
		if (first.cls.includes('skip-link') && first.href === '#main' && first.inView)
			ok(`keyboard: ${type}: the skip link is the first tab stop and shows when focused`);
		else bad(`keyboard: ${type}: the skip link is the first tab stop and shows when focused`, JSON.stringify(first));
		await page.keyboard.press('Enter');
		const target = await page.evaluate(() => document.activeElement && document.activeElement.id);
		if (target === 'main') ok(`keyboard: ${type}: the skip link moves focus to main`);
		else bad(`keyboard: ${type}: the skip link moves focus to main`, `focus is on #${target}`);

		// Tab through the page from the top (at most 80 stops), noting each stop's focused look.
		await page.goto(urlOf(rel));
		const stops = [];
		for (let i = 0; i < 80; i++) {
			await page.keyboard.press('Tab');
			const s = await page.evaluate((n) => {
				const a = document.activeElement;
				if (!a || a === document.body || a.dataset.stop) return null;
				a.dataset.stop = String(n);
				const c = getComputedStyle(a);
				return { n, tag: a.tagName.toLowerCase(), text: (a.textContent || '').trim().slice(0, 40),
					look: [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.backgroundColor, c.color, c.textDecorationLine].join('|') };
			}, i);
			if (!s) break;
			stops.push(s);
		}
		await page.evaluate(() => document.activeElement && document.activeElement.blur());
		const plain = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-stop]')].map((a) => {
			const c = getComputedStyle(a);
			return [a.dataset.stop, [c.outlineStyle, c.outlineWidth, c.outlineColor, c.boxShadow, c.backgroundColor, c.color, c.textDecorationLine].join('|')];
		})));
		const invisible = stops.filter((s) => s.look === plain[s.n]);
		const tags = [...new Set(stops.map((s) => s.tag))].join(', ');
		if (stops.length && !invisible.length) ok(`focus visible: ${type}: all ${stops.length} tab stops (${tags}) change look when focused`);
		else bad(`focus visible: ${type}: ${invisible.length} of ${stops.length} tab stops look the same focused`,
			invisible.slice(0, 5).map((s) => `<${s.tag}> ${s.text}`).join('\n'));
	}
	await page.close();
}

// 3. Small screens: no sideways scrolling of the body at 320 px, on every page type.
{
	const page = await context.newPage();
	await page.setViewportSize({ width: 320, height: 800 });
	for (const [type, rel] of picked) {
		await open(page, rel);
		const w = await page.evaluate(() => {
			const over = [];
			for (const el of document.body.querySelectorAll('*')) {
				const r = el.getBoundingClientRect();
				if (r.right > innerWidth + 1 && !el.closest('.table-wrap, .skip-link')) over.push(`${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : ''} (right ${Math.round(r.right)})`);
				if (over.length >= 5) break;
			}
			return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth, over };
		});
		if (w.scroll <= w.client) ok(`320 px: ${type}: no horizontal scrolling`);
		else bad(`320 px: ${type}: the page is ${w.scroll} px wide`, w.over.join('\n'));
		// Chart text scales with its SVG: at 320 px none of it may render below 10 px.
		// (a trend has one drawing per column width; the hidden ones have no size)
		const small = await page.evaluate(() => [...document.querySelectorAll('figure.chart svg')].filter((svg) => svg.getClientRects().length).flatMap((svg) => {
			const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
			return [...svg.querySelectorAll('text')].map((t) => [parseFloat(getComputedStyle(t).fontSize) * scale, t.textContent])
				.filter(([px]) => !(px >= 10)).map(([px, text]) => `${px.toFixed(1)} px: ${text}`);
		}));
		const charts = await page.locator('figure.chart svg text').count();
		if (!small.length) { if (charts) ok(`320 px: ${type}: chart text renders at 10 px or more`); }
		else bad(`320 px: ${type}: ${small.length} chart text(s) below 10 px`, small.slice(0, 5).join('\n'));
		// Reflow can create problems of its own (a table scrolling with no keyboard access).
		const v = await axe(page);
		if (v.length) bad(`axe at 320 px: ${type} (${rel}): ${v.length} violation(s)`, v.join('\n'));
		else ok(`axe at 320 px: ${type}: no WCAG A/AA violations`);
	}
	await page.close();
}

// 4. Screenshots for review.
{
	fs.mkdirSync(shots, { recursive: true });
	const page = await context.newPage();
	const shotsTaken = [];
	for (const [name, type] of [['home', 'home'], ['activity', 'activity'], ['measure', 'measure with history chart']]) {
		const rel = picked.get(type);
		if (!rel) continue;
		for (const width of [320, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await open(page, rel);
			const file = path.join(shots, `${name}-${width}.png`);
			await page.screenshot({ path: file, fullPage: true });
			shotsTaken.push(path.basename(file));
		}
	}
	if (shotsTaken.length === 6) ok(`screenshots: ${shotsTaken.join(', ')} in ${shots}`);
	else bad(`screenshots: only ${shotsTaken.join(', ')}`);
	await page.close();
}

// 5. axe on every other page, a few pages at a time.
if (mode !== 'types') {
	const done = new Set(picked.values());
	let queue = all.filter((r) => !done.has(r));
	if (mode !== 'all') {
		const step = Math.max(1, queue.length / Math.max(1, Number(mode) || 60));
		queue = queue.filter((_, i) => Math.floor(i % step) === 0);
	}
	const n = queue.length;
	const start = Date.now();
	const problems = [];
	let loadProblems = [];
	await Promise.all(Array.from({ length: workers }, async () => {
		const page = await context.newPage();
		while (queue.length) {
			const rel = queue.shift();
			const failures = await open(page, rel);
			if (failures.length) loadProblems.push(`${rel}: ${failures.join(', ')}`);
			const v = await axe(page);
			if (v.length) problems.push(`${rel}:\n  ${v.join('\n  ')}`);
		}
		await page.close();
	}));
	const secs = ((Date.now() - start) / 1000).toFixed(0);
	if (!problems.length) ok(`axe: the other ${n} pages: no WCAG A/AA violations (${secs}s)`);
	else bad(`axe: ${problems.length} of the other ${n} pages have violations`, problems.slice(0, 10).join('\n'));
	if (!loadProblems.length) ok(`files load: the other ${n} pages`);
	else bad(`files load: ${loadProblems.length} pages`, loadProblems.slice(0, 10).join('\n'));
}

await browser.close();
server.close();
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
