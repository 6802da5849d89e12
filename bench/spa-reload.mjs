#!/usr/bin/env node
// How long does a full page load take to show the roadmap's item table, and how many times does the app start?
// Two ways side by side in one run, alternating, in real Chromium:
//   resume   — the tab keeps its session (sessionStorage): one token refresh, no trip through Keycloak;
//   baseline — the same tab with its session forgotten, which is what every reload did before: the app starts,
//              redirects to Keycloak (the SSO cookie answers at once), and starts again.
// Needs a running stack (make run, or the built SPA under `vite preview`): BENCH_SPA_URL (http://127.0.0.1:5173).
// Usage: node bench/spa-reload.mjs [rounds]   (20 by default)
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(path.join(root, 'frontend', 'package.json'));
const { chromium } = require('@playwright/test');

const base = process.env.BENCH_SPA_URL ?? 'http://127.0.0.1:5173';
const rounds = Number(process.argv[2] ?? 20);
const user = process.env.BENCH_USER ?? 'department';
const password = process.env.E2E_PASSWORD ?? 'karta';

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'ru-RU' });

let documents = 0;
let authorizations = 0;
page.on('request', (request) => {
  // Each load of the app's page is one start of the app.
  if (request.resourceType() === 'document' && request.frame() === page.mainFrame() && request.url().startsWith(base)) documents += 1;
  if (request.url().includes('/protocol/openid-connect/auth')) authorizations += 1;
});

process.stderr.write(`logging in as ${user} at ${base} ...\n`);
await page.goto(`${base}/roadmaps`);
await page.waitForSelector('#username', { timeout: 60_000 });
await page.fill('#username', user);
// identity-first login (Keycloak Organizations): the password comes on a second page
if (!(await page.locator('#password').isVisible())) {
  await page.click('#kc-login');
  await page.waitForSelector('#password', { timeout: 30_000 });
}
await page.fill('#password', password);
await page.click('#kc-login');
await page.getByRole('link', { name: /на 2017 год/ }).first().click();
await page.getByRole('table').waitFor({ timeout: 60_000 });
const target = page.url();

async function once(forget) {
  if (forget) await page.evaluate(() => window.sessionStorage.removeItem('karta.session'));
  documents = 0;
  authorizations = 0;
  const started = performance.now();
  await page.goto(target);
  await page.getByRole('table').getByRole('row').nth(1).waitFor({ timeout: 60_000 });
  return { ms: performance.now() - started, starts: documents, authorizations };
}

const results = { resume: [], baseline: [] };
for (let round = 0; round < 2; round += 1) await once(round % 2 === 1); // warm both paths
for (let round = 1; round <= rounds; round += 1) {
  results.resume.push(await once(false));
  results.baseline.push(await once(true));
  process.stderr.write(`\rround ${round}/${rounds}`);
}
process.stderr.write('\n');
await browser.close();

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const row = (name, list) => {
  const ms = list.map((entry) => entry.ms).sort((a, b) => a - b);
  const mean = (key) => (list.reduce((sum, entry) => sum + entry[key], 0) / list.length).toFixed(1);
  return [name, quantile(ms, 0.5).toFixed(0), quantile(ms, 0.99).toFixed(0), mean('starts'), mean('authorizations')];
};
const table = [['path', 'p50 ms', 'p99 ms', 'app starts', 'Keycloak auth requests'], row('resume', results.resume), row('baseline', results.baseline)];
const widths = table[0].map((_, column) => Math.max(...table.map((line) => line[column].length)));
console.log(`full page load to the first row of the item table, ${rounds} rounds each, alternating (${base})`);
for (const line of table) console.log(line.map((cell, column) => cell.padEnd(widths[column])).join('  '));
