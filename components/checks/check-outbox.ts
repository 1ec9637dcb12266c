// A check and the outbox: queued before the first attempt (a connection lost mid-send loses nothing; the
// submission key makes every retry safe), and a check the server refused found again for its form.
import type { TCheckPayload } from '@/modules/checks/schema';
import { newEntry } from '@/lib/offline/outbox-core';
import { enqueueEntries } from '@/lib/offline/outbox-runner';
import { readOutbox } from '@/lib/offline/outbox-store';
import type { CheckSubject } from '@/components/checks/check-draft';

/** The refused check of this household (or village), to open it again in the form: its id and draft with the reason. */
export async function findRefusedCheck(ownerId: string, visitId: string, subject: CheckSubject): Promise<{ id: string; raw: string } | null> {
  const same = (p: TCheckPayload) => (p.householdId ?? null) === subject.householdId && (p.villageId ?? null) === subject.villageId;
  const entry = (await readOutbox(ownerId)).find((e) => e.kind === 'check' && e.state === 'refused' && e.payload.siteVisitId === visitId && same(e.payload));
  if (!entry?.refusal) return null;
  try {
    return { id: entry.id, raw: JSON.stringify({ ...(JSON.parse(entry.draft) as object), refusal: entry.refusal.message }) };
  } catch {
    return null;
  }
}

export async function queueCheck(ownerId: string, check: { payload: TCheckPayload; photoIds: string[]; label: string; draft: string }): Promise<string> {
  const id = check.payload.submissionKey;
  await enqueueEntries(ownerId, [newEntry({ kind: 'check', id, visitId: check.payload.siteVisitId, ...check }, Date.now())]);
  return id;
}
