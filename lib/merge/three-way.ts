// Three-way merge of a form's values: what the user started from (base), what the user has now
// (mine) and what the server holds now (theirs). Only the fields the user changed since base are
// re-applied over theirs; a field changed on both sides to different values is a conflict that
// keeps theirs until the user chooses, so a saved value is never replaced without a decision.
// Plain objects are compared field by field (a path is the list of keys down to a leaf, so keys
// may hold any character, e.g. `${indicatorId}.${period}`); anything else
// (strings, numbers, lists) is one value. A list that is really a set should be passed as an
// object of flags ({ [id]: true }) so that two people adding different members both keep theirs.

export type MergeValue = string | number | boolean | null | undefined | readonly MergeValue[] | { readonly [key: string]: MergeValue };
export type MergeRecord = { readonly [key: string]: MergeValue };

export type FieldPath = readonly string[];

export type MergeConflict = { path: FieldPath; base: MergeValue; mine: MergeValue; theirs: MergeValue };

export type MergeResult<T extends MergeRecord> = { merged: T; conflicts: MergeConflict[] };

function isRecord(value: MergeValue): value is MergeRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A path as one string, for lookups and React keys. */
export const pathKey = (path: FieldPath): string => JSON.stringify(path);

/** Leaves of a record by path key; an empty object has no leaves (the same as a missing one). */
export function flattenRecord(record: MergeRecord, prefix: FieldPath = []): Map<string, { path: FieldPath; value: MergeValue }> {
  const out = new Map<string, { path: FieldPath; value: MergeValue }>();
  for (const [key, value] of Object.entries(record)) {
    const path = [...prefix, key];
    if (isRecord(value)) for (const [k, leaf] of flattenRecord(value, path)) out.set(k, leaf);
    else if (value !== undefined) out.set(pathKey(path), { path, value });
  }
  return out;
}

export function sameValue(a: MergeValue, b: MergeValue): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const fa = flattenRecord(a);
    const fb = flattenRecord(b);
    return fa.size === fb.size && [...fa].every(([k, leaf]) => fb.has(k) && sameValue(leaf.value, fb.get(k)!.value));
  }
  return false;
}

/** A copy of `record` with the leaf at `path` set (undefined removes it). */
export function setPath<T extends MergeRecord>(record: T, path: FieldPath, value: MergeValue): T {
  const [head, ...rest] = path;
  if (head === undefined) return record;
  const copy: Record<string, MergeValue> = { ...record };
  if (rest.length === 0) {
    if (value === undefined) delete copy[head];
    else copy[head] = value;
    return copy as T;
  }
  const child = copy[head];
  copy[head] = setPath(isRecord(child) ? child : {}, rest, value);
  return copy as T;
}

export function getPath(record: MergeRecord, path: FieldPath): MergeValue {
  let value: MergeValue = record;
  for (const key of path) value = isRecord(value) ? value[key] : undefined;
  return value;
}

export function mergeThreeWay<T extends MergeRecord>(base: T, mine: T, theirs: T): MergeResult<T> {
  const [b, m, t] = [flattenRecord(base), flattenRecord(mine), flattenRecord(theirs)];
  let merged = theirs;
  const conflicts: MergeConflict[] = [];
  for (const key of new Set([...b.keys(), ...m.keys()])) {
    const path = (b.get(key) ?? m.get(key))!.path;
    const [bv, mv, tv] = [b.get(key)?.value, m.get(key)?.value, t.get(key)?.value];
    if (sameValue(mv, bv) || sameValue(mv, tv)) continue; // not mine to re-apply, or already there
    if (sameValue(tv, bv)) merged = setPath(merged, path, mv);
    else conflicts.push({ path, base: bv, mine: mv, theirs: tv });
  }
  return { merged, conflicts: conflicts.sort((x, y) => pathKey(x.path).localeCompare(pathKey(y.path))) };
}
