'use client';

// An edit of a finding that met a newer version on the server: the fields that differ side by side, and
// keep mine (send mine over theirs), keep theirs (drop my edit) or merge field by field (lib/merge/draft.ts,
// the same merge as the online forms: fields only one side changed are taken, the others chosen one by one).
import { useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';
import type { FindingSeverity, IndicatorCategory } from '@/lib/generated/prisma/enums';
import { chooseInDraft, rebaseDraft, type Draft } from '@/lib/merge/draft';
import type { FieldPath, MergeConflict, MergeValue } from '@/lib/merge/three-way';
import { resolveConflict, type ConflictChoice, type FindingValues, type OutboxEntry } from '@/lib/offline/outbox-core';
import { updateOutbox } from '@/lib/offline/outbox-store';
import { getPreparedVisit } from '@/lib/offline/prepared-visits';
import { ConflictChoices } from '@/components/drafts/conflict-choices';
import { Button } from '@/components/ui/button';

type EditEntry = Extract<OutboxEntry, { kind: 'findingEdit' }>;
const FIELDS = ['regionId', 'indicatorId', 'category', 'severity', 'title', 'description'] as const;

export function OutboxConflict({ ownerId, entry }: { ownerId: string; entry: EditEntry }) {
  const t = useTranslations('offline.outbox.conflict');
  const tFindings = useTranslations('findings');
  const tDrafts = useTranslations('drafts');
  const current = entry.conflict!.current;
  const [merging, setMerging] = useState<{ draft: Draft<FindingValues>; conflicts: MergeConflict[] } | null>(null);
  const mine = entry.payload.values;
  // Regions and indicators by name, as the prepared visit knows them (ids otherwise).
  const [names, setNames] = useState<Map<string, string>>(new Map());
  useEffect(() => {
    getPreparedVisit(ownerId, entry.visitId)
      .then((visit) => {
        const form = visit?.bundle.findingForm;
        if (form) setNames(new Map([...form.regions.map((r) => [r.id, r.name] as const), ...form.indicators.map((i) => [i.id, `${i.code} ${i.name}`] as const)]));
      })
      .catch(() => undefined);
  }, [ownerId, entry.visitId]);
  const differing = FIELDS.filter((f) => (mine[f] ?? null) !== (current.values[f] ?? null));

  const labelOf = (path: FieldPath) => tFindings(`form.${path[0] === 'regionId' ? 'region' : path[0] === 'indicatorId' ? 'indicator' : (path[0] as 'category')}`);
  const formatValue = (path: FieldPath, value: MergeValue): string | null => {
    if (value === null || value === undefined || value === '') return null;
    if (path[0] === 'category') return tFindings(`category.${value as IndicatorCategory}`);
    if (path[0] === 'severity') return tFindings(`severity.${value as FindingSeverity}`);
    return names.get(String(value)) ?? String(value);
  };
  const settle = (choice: ConflictChoice) => void updateOutbox(ownerId, (all) => resolveConflict(all, entry.id, choice, Date.now()));

  function startMerge() {
    const { draft, conflicts } = rebaseDraft({ baseVersion: entry.payload.baseVersion ?? 0, base: entry.payload.base, mine }, current.values, current.version);
    setMerging({ draft, conflicts });
  }

  function choose(conflict: MergeConflict, choice: 'mine' | 'theirs') {
    setMerging((m) => m && { draft: chooseInDraft(m.draft, conflict, choice), conflicts: m.conflicts.filter((c) => c !== conflict) });
  }

  return (
    <div className="mt-2 space-y-2" role="group" aria-label={t('title')}>
      <p>{t('description')}</p>
      <dl className="space-y-1">
        {differing.map((field) => (
          <div key={field} className="grid gap-1 sm:grid-cols-3">
            <dt className="font-medium">{labelOf([field])}</dt>
            <dd className="break-words">{t('theirs', { value: formatValue([field], current.values[field]) ?? tDrafts('empty') })}</dd>
            <dd className="break-words">{t('mine', { value: formatValue([field], mine[field]) ?? tDrafts('empty') })}</dd>
          </div>
        ))}
      </dl>
      {merging ? (
        <>
          <ConflictChoices conflicts={merging.conflicts} labelOf={labelOf} formatValue={formatValue} onChoose={choose} />
          <div className="flex flex-wrap gap-2">
            <Button size="sm" disabled={merging.conflicts.length > 0} onClick={() => settle({ keep: 'merged', values: merging.draft.mine })}>
              {t('sendMerge')}
            </Button>
            <Button size="sm" variant="ghost" onClick={() => setMerging(null)}>{t('cancel')}</Button>
          </div>
        </>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={() => settle({ keep: 'mine' })}>{t('keepMine')}</Button>
          <Button size="sm" variant="secondary" onClick={() => settle({ keep: 'theirs' })}>{t('keepTheirs')}</Button>
          <Button size="sm" variant="secondary" onClick={startMerge}>{t('merge')}</Button>
        </div>
      )}
    </div>
  );
}
