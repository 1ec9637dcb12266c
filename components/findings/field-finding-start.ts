'use client';

// Where the field finding form starts: the options (the server's page, else the prepared visit), and the draft —
// the user's own kept draft, a refused entry taken back from the outbox (#entry=), a finding of the visit to edit
// (#finding=: from the prepared visit, or one made on this device and still in the outbox), or a new finding.
import { useEffect, useState } from 'react';
import type { IndicatorCategory } from '@/lib/generated/prisma/enums';
import { valuesOfBundleFinding, type FieldFindingDraft, type FindingFormBundle } from '@/lib/offline/field-findings';
import { findingKeyOf, findingValuesOf, type FindingValues } from '@/lib/offline/outbox-core';
import { takeBackEntry } from '@/lib/offline/outbox-runner';
import { readOutbox } from '@/lib/offline/outbox-store';
import { getPreparedVisit } from '@/lib/offline/prepared-visits';
import { newSubmissionKey } from '@/components/checks/check-draft';

export type FindingEditTarget = { createId: string | null; findingId: string | null; baseVersion: number | null; base: FindingValues };
export type FieldFindingStart =
  | { kind: 'ready'; form: FindingFormBundle; draftKey: string; draft: FieldFindingDraft; edit: FindingEditTarget | null; fieldErrors: Record<string, string[]> }
  | { kind: 'missing' };
export type Prefill = { checkId: string | null; regionId: string | null; category: IndicatorCategory | null };

const draftStorageKey = (ownerId: string, visitId: string, target: string) => `field-finding:${ownerId}:${visitId}:${target}`;

export function keepFieldDraft(key: string, draft: FieldFindingDraft | null): void {
  try {
    if (draft) window.localStorage.setItem(key, JSON.stringify(draft));
    else window.localStorage.removeItem(key);
  } catch {
    // storage full or disabled: the form still works, only the reload safety net is lost
  }
}

function keptDraft(key: string): FieldFindingDraft | null {
  try {
    const parsed = JSON.parse(window.localStorage.getItem(key) ?? 'null') as FieldFindingDraft | null;
    return parsed && typeof parsed.id === 'string' && typeof parsed.values === 'object' ? parsed : null;
  } catch {
    return null;
  }
}

function hashTarget(): { entry?: string; finding?: string } {
  const params = new URLSearchParams(window.location.hash.slice(1));
  return { entry: params.get('entry') ?? undefined, finding: params.get('finding') ?? undefined };
}

async function resolveStart(ownerId: string, visitId: string, serverForm: FindingFormBundle | null, prefill: Prefill): Promise<FieldFindingStart> {
  const prepared = await getPreparedVisit(ownerId, visitId).catch(() => null);
  const form = serverForm ?? prepared?.bundle.findingForm ?? null;
  if (!form) return { kind: 'missing' };
  const target = hashTarget();
  const blank = (values: FindingValues): FieldFindingDraft => ({ id: newSubmissionKey(), values, photoIds: [], position: null, startedAt: Date.now(), refusal: null, checkId: prefill.checkId });
  if (target.entry) {
    const taken = await takeBackEntry(ownerId, target.entry);
    const first = taken[0];
    if (first && first.kind === 'finding') {
      const draft = { ...(JSON.parse(first.draft) as FieldFindingDraft), values: findingValuesOf(taken.at(-1)!) ?? first.payload.values, refusal: first.refusal?.message ?? null };
      const draftKey = draftStorageKey(ownerId, visitId, 'new');
      keepFieldDraft(draftKey, draft);
      return { kind: 'ready', form, draftKey, draft, edit: null, fieldErrors: first.refusal?.fieldErrors ?? {} };
    }
  }
  if (target.finding) {
    const draftKey = draftStorageKey(ownerId, visitId, target.finding);
    // The newest entry of this finding on the device (sent or not) knows more than the prepared copy.
    const pending = (await readOutbox(ownerId)).filter((e) => findingKeyOf(e) === target.finding || (e.kind !== 'check' && e.serverId === target.finding)).at(-1);
    const known = prepared?.bundle.findings?.find((f) => f.id === target.finding);
    const values = (pending && findingValuesOf(pending)) ?? (known ? valuesOfBundleFinding(known) : null);
    if (values) {
      const createId = pending?.kind === 'finding' ? pending.id : pending?.kind === 'findingEdit' ? pending.payload.createId : null;
      const edit = { createId, findingId: known?.id ?? (pending?.kind === 'finding' ? pending.serverId : null), baseVersion: known?.version ?? null, base: known ? valuesOfBundleFinding(known) : values };
      return { kind: 'ready', form, draftKey, draft: keptDraft(draftKey) ?? blank(values), edit, fieldErrors: {} };
    }
    return { kind: 'missing' };
  }
  const draftKey = draftStorageKey(ownerId, visitId, prefill.checkId ? `check:${prefill.checkId}` : 'new');
  const fresh = blank({ regionId: prefill.regionId ?? form.rootRegionId, indicatorId: null, category: prefill.category ?? 'TARGETED_ASSISTANCE', severity: 'GENERAL', title: '', description: '' });
  return { kind: 'ready', form, draftKey, draft: keptDraft(draftKey) ?? fresh, edit: null, fieldErrors: {} };
}

export function useFieldFindingStart(ownerId: string | null, visitId: string, serverForm: FindingFormBundle | null, prefill: Prefill): FieldFindingStart | null {
  const [start, setStart] = useState<FieldFindingStart | null>(null);
  const { checkId, regionId, category } = prefill;
  useEffect(() => {
    if (!ownerId) return;
    let current = true;
    const load = () =>
      void resolveStart(ownerId, visitId, serverForm, { checkId, regionId, category })
        .then((next) => current && setStart(next))
        .catch(() => current && setStart({ kind: 'missing' }));
    load();
    window.addEventListener('hashchange', load);
    return () => {
      current = false;
      window.removeEventListener('hashchange', load);
    };
  }, [ownerId, visitId, serverForm, checkId, regionId, category]);
  return start;
}
