// Finds the audit actions the code records, by reading its sources: an `action: '…'` property, or
// a dotted literal passed to an audit helper (`audit(ctx, finding, 'rectification.plan', …)`).
// Actions built from a template (`finding.${action}`) are reported as templates, for the caller
// to expand. Used by the test that every recorded action has a name in words (events.*.json), and
// likewise the kinds of record events are about, which the audit log's filter must offer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOTS = ['modules', 'app', 'lib', 'seeds'];
const SKIP = /(\.test\.tsx?|test-support\.ts|test-world\.ts)$|[\\/]generated[\\/]/;
const AUDIT_LINE = /\baction\s*:|\baudit\w*\(|\bauditOf\(|recordAuditEvent\(/;
const LITERAL = /'([a-z][A-Za-z]*(?:\.[a-z][A-Za-z]*)+)'/g;
const TEMPLATE = /`([a-z][A-Za-z.]*\$\{[^`]*\}[A-Za-z.]*)`/g;
const ENTITY_TYPE = /\bentityType:\s*'([A-Z][A-Za-z]*)'/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(name) && !SKIP.test(full) ? [full] : [];
  });
}

/** Lines that record an audit event: those naming an action or calling an audit helper. */
function auditLines(text: string): string[] {
  return text.split('\n').filter((line) => AUDIT_LINE.test(line) && !/^\s*(\/\/|\*)/.test(line));
}

export function findRecordedActions(root: string): { actions: Set<string>; templates: Set<string> } {
  const actions = new Set<string>();
  const templates = new Set<string>();
  for (const file of ROOTS.flatMap((dir) => sourceFiles(path.join(root, dir)))) {
    for (const line of auditLines(readFileSync(file, 'utf8'))) {
      for (const m of line.matchAll(LITERAL)) actions.add(m[1]!);
      for (const m of line.matchAll(TEMPLATE)) templates.add(m[1]!);
    }
  }
  return { actions, templates };
}

/** The kinds of record the code names in audit events (`entityType: '…'`). */
export function findRecordedEntityTypes(root: string): Set<string> {
  const types = new Set<string>();
  for (const file of ROOTS.flatMap((dir) => sourceFiles(path.join(root, dir)))) {
    for (const m of readFileSync(file, 'utf8').matchAll(ENTITY_TYPE)) types.add(m[1]!);
  }
  return types;
}
