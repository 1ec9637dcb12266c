// The answers of a check being filled, kept in this browser (localStorage) as the assessor types, keyed by
// user, visit and household (or village), so a reload, a closed tab or a flat battery loses nothing, and a
// second person on the device never sees the first one's answers. Photos are too big for localStorage: they
// live in the device's photo store (lib/offline/outbox-store.ts), listed here by id.

export type DraftAnswer = { choice: 'YES' | 'NO' | null; number: string; text: string; note: string };

export type CheckDraft = {
  /** Sent with the check; the server makes one check per key, however often it is retried. */
  submissionKey: string;
  templateId: string;
  /** When the form was first opened (device clock, ms). */
  startedAt: number;
  savedAt: number;
  answers: Record<string, DraftAnswer>;
  photoIds: string[];
  /** Why the server refused this check when it was sent, if it was. */
  refusal: string | null;
};

export const EMPTY_ANSWER: DraftAnswer = { choice: null, number: '', text: '', note: '' };

/** What a check is of: a household on the visit's list, or (a village check) a village of the visit. Exactly one is set. */
export type CheckSubject = { householdId: string | null; villageId: string | null };

/** The subject's part of storage keys; a household's is its id, as before village checks existed. */
export const subjectKey = (s: CheckSubject) => (s.villageId !== null ? `village:${s.villageId}` : (s.householdId ?? ''));

/** The form of the subject's check. */
export const subjectFormHref = (visitId: string, s: { householdId?: string | null; villageId?: string | null }) =>
  `/site-visits/${visitId}/checks/new?${s.villageId ? `villageId=${s.villageId}` : `householdId=${s.householdId ?? ''}`}`;

const keyOf = (ownerId: string, visitId: string, subject: string) => `check-draft:${ownerId}:${visitId}:${subject}`;
/** Where earlier versions kept the draft, for whoever used the browser; the first user to open the form adopts it. */
const legacyKeyOf = (visitId: string, subject: string) => `check-draft:${visitId}:${subject}`;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage disabled (private mode, policy)
  }
}

export function readDraftRaw(ownerId: string, visitId: string, subject: string): string | null {
  const store = storage();
  const legacy = store?.getItem(legacyKeyOf(visitId, subject)) ?? null;
  if (store && legacy !== null) {
    try {
      if (store.getItem(keyOf(ownerId, visitId, subject)) === null) store.setItem(keyOf(ownerId, visitId, subject), legacy);
      store.removeItem(legacyKeyOf(visitId, subject));
    } catch {
      return legacy;
    }
  }
  return store?.getItem(keyOf(ownerId, visitId, subject)) ?? null;
}

export function parseDraft(raw: string | null, templateId: string): CheckDraft | null {
  if (!raw) return null;
  try {
    const draft = JSON.parse(raw) as CheckDraft;
    // A draft of another template cannot be shown against these questions.
    return draft.templateId === templateId && typeof draft.submissionKey === 'string' && typeof draft.answers === 'object' ? draft : null;
  } catch {
    return null;
  }
}

export function writeDraft(ownerId: string, visitId: string, subject: string, draft: CheckDraft): void {
  try {
    storage()?.setItem(keyOf(ownerId, visitId, subject), JSON.stringify({ ...draft, savedAt: Date.now() }));
  } catch {
    // Quota exceeded: the form still works; only the reload safety net is lost.
  }
}

export function removeDraft(ownerId: string, visitId: string, subject: string): void {
  storage()?.removeItem(keyOf(ownerId, visitId, subject));
}

/** A v4 UUID, also where crypto.randomUUID is missing (it needs HTTPS; a field laptop may serve plain HTTP). */
export function newSubmissionKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function answerGiven(a: DraftAnswer | undefined): boolean {
  return !!a && (a.choice !== null || a.number.trim() !== '' || a.text.trim() !== '' || a.note.trim() !== '');
}

export function hasInput(draft: Pick<CheckDraft, 'answers' | 'photoIds'>): boolean {
  return draft.photoIds.length > 0 || Object.values(draft.answers).some(answerGiven);
}
