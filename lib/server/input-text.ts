// The one rule for text that enters through the guarded path, applied to the raw input before any
// schema sees it, so no schema can forget it: no NUL or other C0 control characters (tab, CR and
// LF are ordinary text), no lone UTF-16 surrogates (PostgreSQL cannot store either), keys that
// could reach an object's prototype refused, nesting bounded, and every string in NFC so the same
// words typed on different systems compare equal. File names are text too.

export type TextProblem = 'controlCharacter' | 'loneSurrogate' | 'reservedKey' | 'tooDeep';

export type CleanInputResult = { ok: true; value: unknown } | { ok: false; problems: { path: string; problem: TextProblem }[] };

// C0 controls except \t (09), \n (0a), \r (0d), and DEL.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
/** Deeper than any form of the app; bounds the recursion for hostile JSON. */
export const MAX_INPUT_DEPTH = 16;

export function textProblem(text: string): TextProblem | null {
  if (CONTROL.test(text)) return 'controlCharacter';
  if (LONE_SURROGATE.test(text)) return 'loneSurrogate';
  return null;
}

export function cleanInput(raw: unknown): CleanInputResult {
  const problems: { path: string; problem: TextProblem }[] = [];
  const value = clean(raw, [], problems);
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

function clean(value: unknown, path: string[], problems: { path: string; problem: TextProblem }[]): unknown {
  const report = (problem: TextProblem, at = path) => problems.push({ path: at.join('.') || '_', problem });
  if (typeof value === 'string') {
    const problem = textProblem(value);
    if (problem) report(problem);
    return problem ? value : value.normalize('NFC');
  }
  if (typeof File !== 'undefined' && value instanceof File) {
    const problem = textProblem(value.name);
    if (problem) report(problem);
    return value;
  }
  if (typeof value !== 'object' || value === null) return value;
  if (path.length >= MAX_INPUT_DEPTH) {
    report('tooDeep');
    return value;
  }
  if (Array.isArray(value)) return value.map((item, index) => clean(item, [...path, String(index)], problems));
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const keyProblem = RESERVED_KEYS.has(key) ? 'reservedKey' : textProblem(key);
    if (keyProblem) {
      report(keyProblem, [...path, keyProblem === 'reservedKey' ? key : '_']);
      continue;
    }
    out[key.normalize('NFC')] = clean(item, [...path, key], problems);
  }
  return out;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** For free text read from a URL outside the guarded path (a search keyword): what cannot be stored becomes a space. */
export function blankUnstorable(text: string): string {
  return text.replace(new RegExp(CONTROL.source, 'g'), ' ').replace(new RegExp(LONE_SURROGATE.source, 'g'), ' ');
}

/** For ids read from a URL outside the guarded path (file downloads): text that cannot name a stored row. */
export function isCleanText(...values: string[]): boolean {
  return values.every((value) => textProblem(value) === null);
}
