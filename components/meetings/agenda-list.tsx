// The agenda in order, with presenter, presenting region and duration; for the leader each item
// carries its controls, and the total time is summed at the end.
import { useTranslations } from 'next-intl';
import type { AgendaItemView, MeetingPerson, PresentingRegion } from '@/modules/meetings/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { AgendaItemControls } from '@/components/meetings/agenda-item-controls';
import { presenterOf } from '@/components/meetings/person-label';

export function AgendaList({ items, editing }: {
  items: AgendaItemView[];
  /** Present when the actor may change the agenda. */
  editing?: { people: MeetingPerson[]; regions: PresentingRegion[] };
}) {
  const t = useTranslations('meetings.agenda');
  if (items.length === 0) return <EmptyState title={t('empty')} description={editing ? t('emptyHint') : undefined} />;
  const total = items.reduce((sum, item) => sum + (item.durationMinutes ?? 0), 0);
  return (
    <div>
      <ol className="divide-y divide-slate-200" aria-label={t('title')}>
        {items.map((item, index) => {
          const presenter = presenterOf(item);
          return (
            <li key={item.id} className="py-3">
              <div className="flex gap-3">
                <span aria-hidden="true" className="mt-0.5 flex size-6 shrink-0 items-center justify-center rounded-full bg-slate-100 text-sm font-medium text-slate-700 tabular-nums">
                  {index + 1}
                </span>
                <div className="min-w-0 flex-1">
                  <p className="font-medium break-words text-slate-900">{item.title}</p>
                  <p className="text-sm break-words text-slate-600">
                    {t('presentedBy', { name: presenter.name || t('noPresenter') })}
                    {presenter.detail ? ` · ${presenter.detail}` : ''}
                  </p>
                  <p className="text-sm text-slate-600">
                    {[item.presentingRegion?.name, item.durationMinutes ? t('minutes', { count: item.durationMinutes }) : null].filter(Boolean).join(' · ')}
                  </p>
                  {editing ? (
                    <AgendaItemControls item={item} first={index === 0} last={index === items.length - 1} people={editing.people} regions={editing.regions} />
                  ) : null}
                </div>
              </div>
            </li>
          );
        })}
      </ol>
      {total > 0 ? <p className="mt-2 text-sm text-slate-600">{t('total', { count: total })}</p> : null}
    </div>
  );
}
