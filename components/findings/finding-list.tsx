'use client';

// One page of the findings list. For a group leader, findings they can confirm or issue get a
// checkbox, and the bulk bar acts on the selection; everyone else sees the plain list.
import { useState } from 'react';
import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { FindingSeverity, FindingStatus } from '@/lib/generated/prisma/enums';
import { BulkBar } from '@/components/findings/bulk-bar';
import { FindingStatusBadge, OverdueBadge, SeverityBadge } from '@/components/findings/finding-badges';

export type FindingListItem = {
  id: string;
  title: string;
  status: FindingStatus;
  severity: FindingSeverity;
  version: number;
  createdAt: Date;
  region: string;
  groupNumber: number;
  deadline: Date | null;
  overdue: boolean;
  /** The actor leads this finding's group and it is a draft or confirmed. */
  selectable: boolean;
};

export function FindingList({ items }: { items: FindingListItem[] }) {
  const t = useTranslations('findings.list');
  const format = useFormatter();
  const day = (value: Date) => format.dateTime(value, { dateStyle: 'medium' });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const selectable = items.filter((item) => item.selectable);
  const toggle = (id: string) => setSelected((prev) => {
    const next = new Set(prev);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  const allSelected = selectable.length > 0 && selectable.every((item) => selected.has(item.id));

  return (
    <div className="space-y-3">
      {selectable.length > 0 ? (
        <BulkBar items={selectable.filter((item) => selected.has(item.id))} onDone={() => setSelected(new Set())}>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              className="size-4"
              checked={allSelected}
              onChange={() => setSelected(allSelected ? new Set() : new Set(selectable.map((item) => item.id)))}
            />
            {t('selectAll')}
          </label>
        </BulkBar>
      ) : null}
      <ul aria-label={t('results')} className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {items.map((item) => (
          <li key={item.id} className={item.overdue ? 'flex gap-3 border-l-4 border-l-red-600 p-3' : 'flex gap-3 p-3'}>
            {item.selectable ? (
              <input
                type="checkbox"
                className="mt-1 size-4 shrink-0"
                aria-label={t('select', { title: item.title })}
                checked={selected.has(item.id)}
                onChange={() => toggle(item.id)}
              />
            ) : selectable.length > 0 ? (
              <span aria-hidden="true" className="size-4 shrink-0" />
            ) : null}
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-center gap-2">
                <Link href={`/findings/${item.id}`} className="font-medium break-words text-blue-700 hover:underline">
                  {item.title}
                </Link>
                <SeverityBadge severity={item.severity} />
                <FindingStatusBadge status={item.status} />
                {item.overdue ? <OverdueBadge /> : null}
              </div>
              <p className="mt-1 text-sm text-slate-600">
                {t('meta', { region: item.region, group: item.groupNumber, date: day(item.createdAt) })}
                {item.deadline ? (
                  <span className={item.overdue ? 'font-medium text-red-700' : undefined}>
                    {' · '}
                    {t('deadline', { date: day(item.deadline) })}
                  </span>
                ) : null}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
