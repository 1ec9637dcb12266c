// Unsaved input of a report form, kept in the browser (localStorage) until the server has it:
// survives a reload, a closed tab or a lost connection. Keyed by report id and the version the
// input was based on, so input typed against an older version is recognisable as such.

export type DraftForm = {
  /** `${indicatorId}.${period}` → the figure as typed. */
  values: Record<string, string>;
  /** indicatorId → data source. */
  sources: Record<string, string>;
  narrative: Record<string, string>;
  details: Record<string, string>;
  scope: string[];
};

export type StoredDraft = { version: number; at: number; form: DraftForm };

const PREFIX = 'report-draft:';
const keyOf = (reportId: string, version: number) => `${PREFIX}${reportId}:${version}`;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled (private mode, policy)
  }
}

function keysOf(reportId: string): { key: string; version: number }[] {
  const store = storage();
  if (!store) return [];
  const prefix = `${PREFIX}${reportId}:`;
  const out: { key: string; version: number }[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(prefix)) out.push({ key, version: Number(key.slice(prefix.length)) });
  }
  return out;
}

export function writeLocalDraft(reportId: string, version: number, form: DraftForm): void {
  try {
    storage()?.setItem(keyOf(reportId, version), JSON.stringify({ version, at: Date.now(), form } satisfies StoredDraft));
  } catch {
    // Quota exceeded: the server save is still the main path.
  }
}

export function removeLocalDraft(reportId: string, version: number): void {
  storage()?.removeItem(keyOf(reportId, version));
}

export function removeLocalDrafts(reportId: string): void {
  for (const { key } of keysOf(reportId)) storage()?.removeItem(key);
}

/** The stored input based on the newest version, as raw JSON (a stable value for useSyncExternalStore). */
export function readLocalDraftRaw(reportId: string): string | null {
  const newest = keysOf(reportId).sort((a, b) => b.version - a.version)[0];
  return newest ? (storage()?.getItem(newest.key) ?? null) : null;
}

export function parseStoredDraft(raw: string | null): StoredDraft | null {
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredDraft;
    return typeof parsed.version === 'number' && typeof parsed.form === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

export function sameForm(a: DraftForm, b: DraftForm): boolean {
  const canonical = (f: DraftForm) =>
    JSON.stringify([sortedEntries(f.values), sortedEntries(f.sources), sortedEntries(f.narrative), sortedEntries(f.details), [...f.scope].sort()]);
  return canonical(a) === canonical(b);
}

// Empty text and a missing key mean the same: nothing typed.
function sortedEntries(record: Record<string, string>): [string, string][] {
  return Object.entries(record).filter(([, v]) => v !== '').sort(([a], [b]) => a.localeCompare(b));
}

export function subscribeToStorage(onChange: () => void): () => void {
  window.addEventListener('storage', onChange);
  return () => window.removeEventListener('storage', onChange);
}
