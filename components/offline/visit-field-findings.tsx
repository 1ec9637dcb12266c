'use client';

// A visit's findings as this device knows them — the prepared copy's (decision 022) and those recorded here and
// still in the outbox — each editable in the field form while it is a draft, offline too; and "record a finding".
import { useEffect, useState } from 'react';
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { BundleFinding } from '@/lib/offline/field-findings';
import { findingKeyOf, findingValuesOf } from '@/lib/offline/outbox-core';
import { getPreparedVisit } from '@/lib/offline/prepared-visits';
import { useDraftOwner } from '@/components/drafts/draft-owner';
import { fieldFindingHref } from '@/components/offline/visit-pages';
import { useOutboxEntries } from '@/components/offline/use-outbox';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';

type Row = { key: string; title: string; note: string; editable: boolean };

export function VisitFieldFindings({ visitId, className }: { visitId: string; className?: string }) {
  const t = useTranslations('findings.field');
  const tStatus = useTranslations('findings.status');
  const ownerId = useDraftOwner();
  const entries = useOutboxEntries(ownerId);
  const [prepared, setPrepared] = useState<BundleFinding[]>([]);

  useEffect(() => {
    if (!ownerId) return;
    getPreparedVisit(ownerId, visitId)
      .then((visit) => setPrepared(visit?.bundle.findings ?? []))
      .catch(() => setPrepared([]));
  }, [ownerId, visitId]);

  const onDevice = (entries ?? []).filter((e) => e.kind === 'finding' && e.visitId === visitId && !prepared.some((f) => f.id === e.serverId));
  const latestTitle = (key: string, fallback: string) => {
    const latest = (entries ?? []).filter((e) => findingKeyOf(e) === key || (e.kind !== 'check' && e.serverId === key)).at(-1);
    return (latest && findingValuesOf(latest)?.title) || fallback;
  };
  const rows: Row[] = [
    ...prepared.map((f) => ({ key: f.id, title: latestTitle(f.id, f.title), note: tStatus(f.status as 'DRAFT'), editable: f.status === 'DRAFT' })),
    ...onDevice.map((e) => ({ key: e.serverId ?? e.id, title: latestTitle(e.id, e.label), note: t('onDevice'), editable: e.state !== 'refused' })),
  ];

  return (
    <Card className={className}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="font-semibold text-slate-900">{t('listTitle')}</h2>
        <Link href={fieldFindingHref(visitId)} className={buttonClasses({ variant: 'primary' })}>{t('record')}</Link>
      </div>
      {rows.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t('listEmpty')}</p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200">
          {rows.map((row) => (
            <li key={row.key} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span className="min-w-0 break-words">
                <span className="font-medium text-slate-900">{row.title}</span> <span className="text-slate-600">· {row.note}</span>
              </span>
              {row.editable ? (
                <Link href={fieldFindingHref(visitId, { findingId: row.key })} className="font-medium text-blue-700 underline" aria-label={t('editNamed', { title: row.title })}>
                  {t('edit')}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
