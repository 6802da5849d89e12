#!/usr/bin/env node
// Lighthouse on the built SPA as a phone sees it (Lighthouse's mobile defaults: a mid-range phone's screen, 4x
// slower CPU, slow 4G simulated), on the three first screens of issue 12: the login landing (`/` for someone not
// signed in: the SPA starts and hands over to Keycloak's sign-in page), the roadmap items and an item page (signed
// in: the tab's session is kept between the audits, as it is between page loads). Prints the performance and
// accessibility scores with the metrics behind them, and the JavaScript each page downloaded; then the bundle
// sizes (bench/spa-size.mjs).
//
//   bench/lighthouse.sh      (builds the SPA, serves it with nginx as the Docker image does, then runs this)
//
// Environment: BENCH_SPA_URL (http://127.0.0.1:4173), BENCH_USER (department), BENCH_PASSWORD (karta),
// BENCH_ROADMAP / BENCH_ITEM (the demo's 2017 roadmap and its first item), CHROMIUM_PATH (/usr/bin/chromium),
// BENCH_RUNS (1: each page audited once; with more, the median run by performance is reported).
import { execFileSync } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { startFlow } from 'lighthouse';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(path.dirname(here));
const base = (process.env.BENCH_SPA_URL ?? 'http://127.0.0.1:4173').replace(/\/$/, '');
const user = process.env.BENCH_USER ?? 'department';
const password = process.env.BENCH_PASSWORD ?? 'karta';
const roadmap = process.env.BENCH_ROADMAP ?? '50000000-0000-4000-8000-000000002017';
const item = process.env.BENCH_ITEM ?? '60000000-0000-4000-8000-000000000001';
const runs = Number(process.env.BENCH_RUNS ?? 1);
const TARGET = { performance: 90, accessibility: 95 };

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-dev-shm-usage'],
});

async function signIn(page) {
  await page.waitForSelector('#username', { timeout: 60_000 });
  await page.type('#username', user);
  // identity-first sign-in (Keycloak Organizations): the password comes on a second page
  if (!(await page.$('#password'))) {
    await Promise.all([page.waitForNavigation(), page.click('#kc-login')]);
    await page.waitForSelector('#password', { timeout: 30_000 });
  }
  await page.type('#password', password);
  await Promise.all([page.waitForNavigation(), page.click('#kc-login')]);
  await page.waitForFunction((origin) => location.origin === origin && document.querySelector('main'), { timeout: 60_000 }, base);
}

function summary(name, lhr) {
  const audit = (id) => lhr.audits[id];
  const scripts = (audit('network-requests')?.details?.items ?? []).filter((r) => r.resourceType === 'Script');
  const jsKb = scripts.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024;
  const ownJs = scripts.filter((r) => r.url.startsWith(base));
  return {
    name,
    url: lhr.finalDisplayedUrl,
    performance: Math.round(lhr.categories.performance.score * 100),
    accessibility: Math.round(lhr.categories.accessibility.score * 100),
    fcp: audit('first-contentful-paint').numericValue,
    lcp: audit('largest-contentful-paint').numericValue,
    tbt: audit('total-blocking-time').numericValue,
    cls: audit('cumulative-layout-shift').numericValue,
    si: audit('speed-index').numericValue,
    jsKb,
    ownJsKb: ownJs.reduce((sum, r) => sum + (r.transferSize ?? 0), 0) / 1024,
    failedA11y: Object.values(lhr.audits)
      .filter((a) => a.score === 0 && lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id && ref.weight > 0))
      .map((a) => a.id),
  };
}

const results = { landing: [], items: [], item: [] };
const out = path.join(root, '.run', 'lighthouse');
mkdirSync(out, { recursive: true });
for (let run = 1; run <= runs; run++) {
  // A fresh profile for each run: nothing cached, nobody signed in.
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const flow = await startFlow(page, { name: 'Karta first screens', config: { extends: 'lighthouse:default', settings: { onlyCategories: ['performance', 'accessibility'] } } });
  await flow.navigate(`${base}/`, { name: 'landing' });
  await signIn(page);
  await flow.navigate(`${base}/roadmaps/${roadmap}`, { name: 'items', disableStorageReset: true });
  await flow.navigate(`${base}/items/${item}`, { name: 'item', disableStorageReset: true });
  const flowResult = await flow.createFlowResult();
  for (const step of flowResult.steps) results[step.name].push(summary(step.name, step.lhr));
  writeFileSync(path.join(out, `flow-${run}.html`), await flow.generateReport());
  await context.close();
  console.error(`run ${run}/${runs} done`);
}
await browser.close();

const median = (list) => [...list].sort((a, b) => a.performance - b.performance)[Math.floor(list.length / 2)];
const ms = (v) => `${Math.round(v)}`;
const labels = { landing: 'login landing /', items: 'roadmap items /roadmaps/:id', item: 'an item /items/:id' };
console.log(`Lighthouse ${(await import('lighthouse/package.json', { with: { type: 'json' } })).default.version}, mobile (simulated slow 4G, 4x CPU), ${base}, ${runs} run(s)${runs > 1 ? ', median by performance' : ''}`);
console.log(`${'page'.padEnd(30)} ${'perf'.padStart(4)} ${'a11y'.padStart(4)} ${'FCP ms'.padStart(7)} ${'LCP ms'.padStart(7)} ${'TBT ms'.padStart(6)} ${'CLS'.padStart(5)} ${'SI ms'.padStart(6)} ${'JS KB'.padStart(6)} ${'ours'.padStart(6)}  final page`);
let missed = 0;
for (const key of Object.keys(results)) {
  const r = median(results[key]);
  const ok = r.performance >= TARGET.performance && r.accessibility >= TARGET.accessibility;
  if (!ok) missed += 1;
  console.log(
    `${labels[key].padEnd(30)} ${String(r.performance).padStart(4)} ${String(r.accessibility).padStart(4)} ${ms(r.fcp).padStart(7)} ${ms(r.lcp).padStart(7)} ${ms(r.tbt).padStart(6)} ${r.cls.toFixed(3).padStart(5)} ${ms(r.si).padStart(6)} ${r.jsKb.toFixed(0).padStart(6)} ${r.ownJsKb.toFixed(0).padStart(6)}  ${r.url}${r.failedA11y.length ? `  (a11y: ${r.failedA11y.join(', ')})` : ''}`,
  );
}
console.log(`JS KB: JavaScript transferred for the page (as served: vite preview does not compress, nginx does); ours: from the SPA's origin.`);
console.log(`targets of issue 12: performance >= ${TARGET.performance}, accessibility >= ${TARGET.accessibility}: ${missed ? `${missed} page(s) below` : 'met on every page'}`);
console.log(`reports: ${out}/flow-*.html`);
console.log();
console.log(execFileSync('node', [path.join(root, 'bench', 'spa-size.mjs')], { encoding: 'utf8' }).trimEnd());
