#!/usr/bin/env node
// How much JavaScript a phone downloads before each first screen of the built SPA (gzip -9, as nginx would send it
// with gzip on): the entry and what it imports statically, then for a signed-in user the app (boot) and each screen's
// chunk with their own static imports (shared chunks counted once). A visitor who is not signed in gets the entry
// alone before the hand-over to Keycloak's sign-in page. Against the 200 KB budget of issue 12.
//
//   (cd frontend && npm run build) && node bench/spa-size.mjs [frontend/dist]
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = process.argv[2] ?? join(import.meta.dirname, '..', 'frontend', 'dist');
const assets = join(dist, 'assets');
const BUDGET_KB = 200;
const SCREENS = {
  'login landing (/, not signed in)': [],
  'home (/, signed in)': ['boot', 'HomeRoute'],
  'roadmap items (/roadmaps/:id)': ['boot', 'HomeRoute', 'RoadmapItemsRoute'],
  'an item (/items/:id)': ['boot', 'ItemRoute'],
  'check-in from a phone (/check-in/:id)': ['boot', 'CheckInRoute'],
  'dashboard (/roadmaps/:id/dashboard)': ['boot', 'DashboardRoute'],
};

const gz = new Map();
const size = (file) => {
  if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(assets, file)), { level: 9 }).length);
  return gz.get(file);
};
/** A chunk and every chunk it imports statically (not the import() of lazy screens). */
function closure(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(assets, file), 'utf8');
  for (const match of code.matchAll(/(?:from|import)\s*["']\.\/([^"']+\.js)["']/g)) closure(match[1], seen);
  return seen;
}
const kb = (bytes) => (bytes / 1024).toFixed(1);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const entry = [...html.matchAll(/<script[^>]+src="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
// The messages of the language shown (Russian, the default) are imported at start, before anything is shown;
// the other language's chunk is loaded only when the user switches.
const messages = files.find((f) => /^ru-[\w-]+\.js$/.test(f));
const shell = new Set([...entry, ...(messages ? [messages] : [])].flatMap((f) => [...closure(f)]));
const shellBytes = [...shell].reduce((sum, f) => sum + size(f), 0);
const allBytes = files.reduce((sum, f) => sum + size(f), 0);
const css = readdirSync(assets).filter((f) => f.endsWith('.css'));
const cssBytes = css.reduce((sum, f) => sum + size(f), 0);

console.log(`SPA bundle (${dist}), gzip -9; budget ${BUDGET_KB} KB of JavaScript before the first screen`);
console.log(`  all JavaScript: ${files.length} chunks, ${kb(allBytes)} KB; CSS ${kb(cssBytes)} KB`);
console.log(`  the shell (entry and its static imports, ${messages ? 'the Russian messages, ' : ''}${shell.size} chunks): ${kb(shellBytes)} KB`);
let over = 0;
for (const [screen, routes] of Object.entries(SCREENS)) {
  const needed = new Set(shell);
  for (const route of routes) {
    const chunk = files.find((f) => f.startsWith(`${route}-`));
    if (!chunk) throw new Error(`no chunk ${route}-*.js in ${assets}: has the module been renamed?`);
    for (const f of closure(chunk)) needed.add(f);
  }
  const bytes = [...needed].reduce((sum, f) => sum + size(f), 0);
  const ok = bytes / 1024 <= BUDGET_KB;
  if (!ok) over += 1;
  console.log(`  ${screen.padEnd(40)} ${kb(bytes).padStart(7)} KB  ${ok ? 'within' : 'OVER'} the budget`);
}
console.log(over === 0 ? 'spa-size: every first screen within the budget' : `spa-size: ${over} first screens over the budget`);
