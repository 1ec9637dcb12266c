// The messages handed to the browser must hold every key a client component can ask for, or the
// component shows a key instead of words; and no page should carry messages it never renders. Each
// page and layout's need is read from the source: the client modules it loads (scripts/lib/
// client-modules.mjs) and the paths their translators ask for (scripts/test/translator-paths.ts).
// A page with client messages lists them in withClientMessages; every other page and layout, and
// the shell, take the root layout's SHELL_MESSAGE_PATHS.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findClientModules, findModulesReachedFrom } from '@/scripts/lib/client-modules.mjs';
import { messagePaths } from '@/scripts/test/translator-paths';
import { pickClientMessages, SHELL_MESSAGE_PATHS } from '@/lib/i18n/client-messages';
import { MESSAGES } from '@/lib/i18n/messages';

const ROOT = path.resolve(__dirname, '../..');
const ENTRY = /^(page|layout|template|error|not-found|loading|global-error)\.tsx$/;

function* entries(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) yield* entries(full);
    else if (ENTRY.test(name)) yield full;
  }
}

const clientModules = findClientModules(ROOT);
const problems: string[] = [];
const pathsOfModule = new Map<string, string[]>();
for (const [file, m] of clientModules) {
  const found = messagePaths(path.relative(ROOT, file), m.source);
  pathsOfModule.set(file, found.paths);
  problems.push(...found.problems);
}

/** What the client modules an entry loads ask for. */
function neededBy(entry: string): string[] {
  const needed = new Set<string>();
  for (const file of findModulesReachedFrom(ROOT, entry)) for (const p of pathsOfModule.get(file) ?? []) needed.add(p);
  return [...needed].sort();
}

/** The paths a page lists in withClientMessages([...], Page), or null when it has none. */
function declaredBy(entry: string): string[] | null {
  const call = /withClientMessages\(\s*\[([^\]]*)\]/.exec(readFileSync(entry, 'utf8'));
  return call ? [...call[1]!.matchAll(/'([^']+)'/g)].map((m) => m[1]!) : null;
}

const covers = (listed: string, wanted: string) => wanted === listed || wanted.startsWith(`${listed}.`);
const uncovered = (needed: string[], listed: readonly string[]) => needed.filter((p) => !listed.some((l) => covers(l, p)));
const unasked = (listed: readonly string[], needed: string[]) => listed.filter((l) => !needed.some((p) => covers(l, p) || covers(p, l)));

const pages = [...entries(path.join(ROOT, 'app'))].map((entry) => ({ entry: path.relative(ROOT, entry), needed: neededBy(entry), declared: declaredBy(entry) }));

describe('messages given to client components', () => {
  it('reads every translator of the client code', () => {
    expect(problems).toEqual([]);
    expect([...pathsOfModule.values()].flat().length).toBeGreaterThan(20);
  });

  it('gives each page with its own list every namespace and key its client code asks for, and nothing else', () => {
    const wrong = pages.flatMap(({ entry, needed, declared }) => {
      if (!declared) return [];
      const missing = uncovered(needed, declared);
      const extra = unasked(declared, needed);
      return missing.length + extra.length > 0 ? [{ entry, missing, extra }] : [];
    });
    expect(wrong, 'fix the list in withClientMessages').toEqual([]);
  });

  it('covers, in the root layout, what the shell and the pages without a list ask for, and nothing else', () => {
    const shellNeeds = pages.filter((p) => !p.declared);
    const missing = shellNeeds.flatMap(({ entry, needed }) => uncovered(needed, SHELL_MESSAGE_PATHS).map((p) => `${entry}: ${p}`));
    expect(missing, 'add these to SHELL_MESSAGE_PATHS or give the page withClientMessages').toEqual([]);
    expect(unasked(SHELL_MESSAGE_PATHS, shellNeeds.flatMap((p) => p.needed)), 'remove these from SHELL_MESSAGE_PATHS').toEqual([]);
  });

  it('picks the listed paths from the catalogue, in both languages, and nothing else', () => {
    const listed = [...SHELL_MESSAGE_PATHS, ...pages.flatMap((p) => p.declared ?? [])];
    for (const messages of Object.values(MESSAGES)) {
      for (const p of new Set(listed)) {
        const value = p.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], pickClientMessages(messages, [p]));
        expect(value, p).toBeDefined();
      }
      const shell = pickClientMessages(messages, SHELL_MESSAGE_PATHS);
      expect(Object.keys(shell).sort()).toEqual(['errorPage', 'locale', 'nav', 'offline']);
      expect(JSON.stringify(shell).length).toBeLessThan(JSON.stringify(messages).length / 10);
    }
  });
});
