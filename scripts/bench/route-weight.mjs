#!/usr/bin/env node
// Prints the JavaScript each page of a production build loads before it can run (gzip), from the
// build's own manifests: the framework's root chunks plus every chunk its layouts and page name
// (`page_client-reference-manifest.js`). Chunks loaded later on demand (dynamic imports: the
// dashboard's charts) are not counted, and neither are the polyfills only old browsers fetch.
// Budgets (issue 12 part 6, issue 13 part 4): field routes ≤ 120 KB, every other route ≤ 150 KB.
//
//   npm run build && node scripts/bench/route-weight.mjs [--dir .next] [--strict]
//
// --strict exits with 1 when a route is over its budget. Sizes are gzip at level 6 (a web server's
// default), in KB of 1,024 bytes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import vm from 'node:vm';
import { gzipSync } from 'node:zlib';

/** Routes an assessor uses in a village, on a phone (issue 12): the tighter budget. */
export const FIELD_ROUTES = ['/site-visits/[id]', '/site-visits/[id]/checks', '/site-visits/[id]/checks/new', '/site-visits/[id]/findings/new', '/checks/[id]', '/assessments/[id]/findings/new', '/offline'];
export const BUDGET_KB = { field: 120, other: 150 };

/** Every page's client reference manifest, read as the server reads it (it assigns a global). */
function* manifests(folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) yield* manifests(full);
    else if (entry.name === 'page_client-reference-manifest.js') yield full;
  }
}

/**
 * The build's routes (as "/site-visits/[id]"), heaviest first, each with its gzip KB, the chunks
 * counted, its budget and whether it is a field route; `framework` is the root chunks' KB alone.
 */
export function measureRouteWeights(buildDir = '.next') {
  const dir = path.resolve(buildDir);
  if (!existsSync(path.join(dir, 'build-manifest.json'))) throw new Error(`No build in ${dir}: run \`npm run build\` first.`);
  const { rootMainFiles } = JSON.parse(readFileSync(path.join(dir, 'build-manifest.json'), 'utf8'));
  const gzipped = new Map();
  const gzipKb = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(dir, file)), { level: 6 }).byteLength / 1024);
    return gzipped.get(file);
  };
  const rows = [];
  for (const file of manifests(path.join(dir, 'server', 'app'))) {
    const sandbox = { globalThis: {} };
    vm.runInNewContext(readFileSync(file, 'utf8'), sandbox);
    for (const [page, manifest] of Object.entries(sandbox.globalThis.__RSC_MANIFEST ?? {})) {
      // "/(app)/site-visits/[id]/page" → "/site-visits/[id]": route groups are not in the URL.
      const route = page.replace(/\/page$/, '').replace(/\/\([^)]+\)/g, '') || '/';
      const chunks = new Set(rootMainFiles);
      for (const files of Object.values(manifest.entryJSFiles ?? {})) for (const f of files) chunks.add(f);
      const kb = [...chunks].reduce((sum, f) => sum + gzipKb(f), 0);
      const field = FIELD_ROUTES.includes(route);
      rows.push({ route, kb, chunks: [...chunks], budget: field ? BUDGET_KB.field : BUDGET_KB.other, field });
    }
  }
  rows.sort((a, b) => b.kb - a.kb);
  return { rows, framework: rootMainFiles.reduce((sum, f) => sum + gzipKb(f), 0) };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values: args } = parseArgs({ options: { dir: { type: 'string', default: '.next' }, strict: { type: 'boolean', default: false } } });
  let measured;
  try {
    measured = measureRouteWeights(args.dir);
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const { rows, framework } = measured;
  console.log(`JavaScript loaded before a page runs (gzip, KB); the framework's root chunks alone: ${framework.toFixed(1)} KB\n`);
  console.log('| route | KB | chunks | budget KB | |');
  console.log('|---|---:|---:|---:|---|');
  for (const r of rows) console.log(`| ${r.route}${r.field ? ' (field)' : ''} | ${r.kb.toFixed(1)} | ${r.chunks.length} | ${r.budget} | ${r.kb > r.budget ? 'over' : 'ok'} |`);
  const over = rows.filter((r) => r.kb > r.budget);
  console.log(`\n${rows.length} routes, ${over.length} over budget.`);
  if (args.strict && over.length > 0) process.exit(1);
}
