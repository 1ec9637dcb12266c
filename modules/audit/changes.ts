// "What changed" in an audit event: `data.changes` maps a field to its old and new value, written by
// update mutations and shown in the record's history as "field: old → new". Values are kept small
// (long text cut short) and plain (dates as ISO text); secrets never go in (callers pass only the
// fields a person edits on the form).
export type ChangeValue = string | number | boolean | null;
export type FieldChanges = Record<string, [from: ChangeValue, to: ChangeValue]>;
export type FieldChange = { field: string; from: ChangeValue; to: ChangeValue };

/** Longer text is cut here: the history says that it changed and how it began, not all of it. */
export const CHANGE_TEXT_MAX = 120;

/** The value whole, as plain JSON: dates as ISO text, decimals and others as their text. */
function plain(value: unknown): ChangeValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

export function changeValue(value: unknown): ChangeValue {
  const whole = plain(value);
  return typeof whole === 'string' && whole.length > CHANGE_TEXT_MAX ? `${whole.slice(0, CHANGE_TEXT_MAX)}…` : whole;
}

/** The fields of `after` whose value differs from `before`, with both values. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): FieldChanges {
  const changes: FieldChanges = {};
  for (const [field, next] of Object.entries(after)) {
    // Compared whole (before cutting) so that an edit past the cut still counts as a change.
    if (plain(before[field]) !== plain(next)) changes[field] = [changeValue(before[field]), changeValue(next)];
  }
  return changes;
}

const isValue = (v: unknown): v is ChangeValue => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/** The changes recorded in an event's data, in the order written; anything malformed is left out. */
export function readChanges(data: unknown): FieldChange[] {
  const record = (data ?? {}) as { changes?: unknown; from?: unknown; to?: unknown };
  const changes = record.changes;
  // A step of a workflow (a finding's, a visit's, an assessment's) records the status it left and reached.
  if (changes === undefined && typeof record.from === 'string' && typeof record.to === 'string') return [{ field: 'status', from: record.from, to: record.to }];
  if (!changes || typeof changes !== 'object' || Array.isArray(changes)) return [];
  return Object.entries(changes).flatMap(([field, pair]) =>
    Array.isArray(pair) && pair.length === 2 && isValue(pair[0]) && isValue(pair[1]) ? [{ field, from: pair[0], to: pair[1] }] : [],
  );
}
