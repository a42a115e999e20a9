// reload.mjs - the live reload of `plansite serve` in a real browser (Debian's chromium
// driven by playwright-core from tests/browser/node_modules): an open page reloads itself
// after an edit, shows the error page styled like the site when the edit breaks the build,
// and comes back when it is fixed, all without a Content-Security-Policy violation.
// usage: node tests/serve/reload.mjs URL SITE_YAML   (prints "ok: ..." / "FAILED: ..." lines)
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(fileURLToPath(new URL('../browser/package.json', import.meta.url)));
const { chromium } = require('playwright-core');

const [url, siteYaml] = process.argv.slice(2);
let failed = 0;
const report = (ok, what) => {
	console.log(`${ok ? 'ok' : 'FAILED'}: browser: ${what}`);
	if (!ok) failed++;
};

// Saves site.yaml with a new first `title:` line, the way editors do (write beside, rename).
const save = (title) => {
	const text = readFileSync(siteYaml, 'utf8').replace(/^title: .*$/m, `title: ${title}`);
	writeFileSync(`${siteYaml}.reload-save`, text);
	renameSync(`${siteYaml}.reload-save`, siteYaml);
};

// Waits until the page (reloading by itself) satisfies test; navigations may interrupt.
const waitFor = async (page, test, seconds) => {
	const until = Date.now() + seconds * 1000;
	while (Date.now() < until) {
		try {
			if (await page.evaluate(test)) return true;
		} catch {
			/* the page is reloading */
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	return false;
};

const browser = await chromium.launch({
	executablePath: '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
		'--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
	const page = await browser.newPage();
	const violations = [];
	page.on('console', (m) => {
		if (/Content.Security.Policy|Refused to/i.test(m.text())) violations.push(m.text());
	});
	const wait = Number(process.env.SERVE_WAIT || 120);
	await page.goto(url);
	await page.waitForTimeout(500); // the script's first long poll is under way
	save('Browser reload title');
	report(await waitFor(page, () => document.title.startsWith('Browser reload title'), wait),
		'an edit reloads the open page');
	save('[unclosed');
	report(await waitFor(page, () => document.querySelector('.serve-error') !== null, wait),
		'a broken build shows the error page in the open page');
	// The error page's elements are there before its stylesheets have loaded: wait for them.
	report(await waitFor(page, () => getComputedStyle(document.querySelector('.container')).maxWidth !== 'none', wait),
		'the error page is styled by the site\'s stylesheet');
	save('Browser fixed title');
	report(await waitFor(page, () => document.title.startsWith('Browser fixed title'), wait),
		'the fix brings the page back by itself');
	report(violations.length === 0, `no Content-Security-Policy violation ${violations.join(' | ')}`);
} catch (e) {
	report(false, `the browser check ran (${e.message})`);
} finally {
	await browser.close();
}
process.exit(failed ? 1 : 0);
