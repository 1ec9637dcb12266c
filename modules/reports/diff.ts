// The difference between two revisions of a report, field by field: figures (value and data
// source), narrative sections and paired-assistance details. Pure.
import type { FigureKey } from '@/modules/reports/values';

export type RevisionSnapshot = {
  values: Record<FigureKey, { value: string; source: string | null }>;
  narrative: Record<string, string>;
  details: Record<string, string>;
  /** Per-county figures keyed `${helper name}/${county name}/${field}`. */
  county?: Record<string, string>;
  /** Names of the helped regions (paired assistance). */
  scope: string[];
};

export type ChangeField = 'value' | 'source' | 'narrative' | 'detail' | 'county' | 'scope';

export type RevisionChange = { field: ChangeField; key: string; before: string | null; after: string | null };

function unionKeys<K extends string>(a: Record<K, unknown>, b: Record<K, unknown>): K[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])] as K[];
}

/** Blank and missing mean the same thing: not reported. */
function normalise(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

function compare(field: ChangeField, key: string, before: string | null | undefined, after: string | null | undefined): RevisionChange[] {
  const a = normalise(before);
  const b = normalise(after);
  return a === b ? [] : [{ field, key, before: a, after: b }];
}

/**
 * Decimal text is compared as written: stored values are canonical, so '17.9' and
 * '17.90' never both occur.
 */
export function diffRevisions(before: RevisionSnapshot, after: RevisionSnapshot): RevisionChange[] {
  const changes: RevisionChange[] = [];
  for (const key of unionKeys(before.values, after.values)) {
    changes.push(...compare('value', key, before.values[key]?.value, after.values[key]?.value));
    changes.push(...compare('source', key, before.values[key]?.source, after.values[key]?.source));
  }
  for (const key of unionKeys(before.narrative, after.narrative)) {
    changes.push(...compare('narrative', key, before.narrative[key], after.narrative[key]));
  }
  for (const key of unionKeys(before.details, after.details)) {
    changes.push(...compare('detail', key, before.details[key], after.details[key]));
  }
  const beforeCounty = before.county ?? {};
  const afterCounty = after.county ?? {};
  for (const key of unionKeys(beforeCounty, afterCounty)) {
    changes.push(...compare('county', key, beforeCounty[key], afterCounty[key]));
  }
  const scope = (names: string[]) => [...names].sort((a, b) => a.localeCompare(b, 'zh-CN')).join('、');
  changes.push(...compare('scope', 'scope', scope(before.scope), scope(after.scope)));
  return changes;
}
