// The modules that reach the browser, found from the source: every 'use client' file and what it
// imports, transitively (`@/` and relative paths, dynamic imports included, `import type` left out).
// A 'use server' file imported by client code stays on the server (the client gets a reference to
// each action), so the walk stops there. Used by the message catalogue's client subset test
// (lib/i18n/client-messages.test.ts), to find which of them each page renders, and to trace how a
// package reaches a page's chunks.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCE_FOLDERS = ['app', 'components', 'lib', 'modules'];
const EXTENSIONS = ['.ts', '.tsx', '.js', '.mjs', '.json'];
const DIRECTIVE = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))*\s*['"]use (client|server)['"]/;
// import x from '…'; import { a, type B } from '…'; export { a } from '…'; import '…'; import('…')
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function* sourceFiles(folder) {
  if (!existsSync(folder)) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'generated' && entry.name !== 'node_modules') yield* sourceFiles(full);
    } else if (/\.(tsx?|mjs|js)$/.test(entry.name) && !/\.(test|int\.test|spec)\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      yield full;
    }
  }
}

function resolveLocal(root, from, specifier) {
  let base;
  if (specifier.startsWith('@/')) base = path.join(root, specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(from), specifier);
  else return null;
  const candidates = [base, ...EXTENSIONS.map((e) => base + e), ...EXTENSIONS.map((e) => path.join(base, `index${e}`))];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** What a source file imports: local files (resolved) and packages (by specifier). */
export function readImports(root, file) {
  const source = readFileSync(file, 'utf8');
  const local = [];
  const packages = [];
  for (const m of source.matchAll(IMPORT)) {
    if (m[1]) continue; // `import type` / `export type`: erased
    const specifier = m[2] ?? m[3];
    const resolved = resolveLocal(root, file, specifier);
    if (resolved) local.push(resolved);
    else if (!specifier.startsWith('.') && !specifier.startsWith('@/')) packages.push(specifier);
  }
  return { source, local, packages };
}

/**
 * Every module of the project that client code loads: file → { source, packages, importedBy }.
 * `importedBy` is the first client module found importing it (null for a 'use client' entry), so a
 * path from an entry can be printed.
 */
export function findClientModules(root = process.cwd()) {
  const modules = new Map();
  const queue = [];
  for (const folder of SOURCE_FOLDERS) {
    for (const file of sourceFiles(path.join(root, folder))) {
      if (DIRECTIVE.exec(readFileSync(file, 'utf8'))?.[1] === 'client') queue.push([file, null]);
    }
  }
  while (queue.length > 0) {
    const [file, importedBy] = queue.shift();
    if (modules.has(file)) continue;
    const { source, local, packages } = readImports(root, file);
    if (importedBy && DIRECTIVE.exec(source)?.[1] === 'server') continue;
    modules.set(file, { source, packages, importedBy });
    if (file.endsWith('.json')) continue;
    for (const next of local) if (!modules.has(next)) queue.push([next, file]);
  }
  return modules;
}

/**
 * The project's files that `entry` (a page or a layout) loads, on the server and in the browser:
 * its imports, transitively, stopping at 'use server' files (the page gets references to actions).
 */
export function findModulesReachedFrom(root, entry) {
  const reached = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (reached.has(file)) continue;
    const { source, local } = readImports(root, file);
    if (file !== entry && DIRECTIVE.exec(source)?.[1] === 'server') continue;
    reached.add(file);
    if (!file.endsWith('.json')) queue.push(...local.filter((next) => !reached.has(next)));
  }
  return reached;
}

/** The chain of imports from a 'use client' entry to `file`, entry first. */
export function importChain(modules, file) {
  const chain = [];
  for (let at = file; at; at = modules.get(at)?.importedBy ?? null) chain.unshift(at);
  return chain;
}

// `node scripts/lib/client-modules.mjs zod next-auth/react`: which client modules import each package, and how they are reached.
if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1])) && process.argv.length > 2) {
  const root = process.cwd();
  const modules = findClientModules(root);
  for (const wanted of process.argv.slice(2)) {
    console.log(`── ${wanted}`);
    for (const [file, m] of modules) {
      if (m.packages.some((p) => p === wanted || p.startsWith(`${wanted}/`))) {
        console.log(importChain(modules, file).map((f) => path.relative(root, f)).join(' → '));
      }
    }
  }
}
