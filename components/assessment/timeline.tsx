import { useTranslations } from 'next-intl';
import type { TimelineEvent } from '@/modules/assessments/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { DateTime } from '@/components/date-time';
import { eventName, type Translate as CatalogTranslate } from '@/components/history/change-text';

type Translate = ReturnType<typeof useTranslations>;

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The catalog key that describes an event; a step back reads differently from a step forward. */
function descriptionKey(event: TimelineEvent): string {
  const key = event.action.replaceAll('.', '_');
  return event.action === 'assessment.transition' && event.data.direction === 'back' ? `${key}_back` : key;
}

/** A sentence for the event from the timeline's catalog (with its details), else the event's name in words. */
export function describeEvent(t: Translate, event: TimelineEvent): string {
  const key = `assessment.timeline.actions.${descriptionKey(event)}`;
  if (!t.has(key as never)) return eventName(t as unknown as CatalogTranslate, event.action);
  const status = (value: unknown) => (t.has(`assessmentStatus.${text(value)}` as never) ? t(`assessmentStatus.${text(value)}` as never) : text(value));
  const params = {
    title: text(event.data.title),
    name: text(event.data.name),
    from: status(event.data.from),
    to: status(event.data.to),
    reason: text(event.data.reason),
  };
  return (t as unknown as (k: string, p: object) => string)(key, params);
}

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const t = useTranslations();
  if (events.length === 0) return <EmptyState title={t('assessment.timeline.empty')} />;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4">
      {events.map((event) => (
        <li key={event.id} className="relative">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.4rem] size-2.5 rounded-full bg-slate-400" />
          <p className="break-words text-slate-900">
            <span className="font-medium">{event.actor?.displayName ?? t('assessment.timeline.system')}</span> {describeEvent(t, event)}
          </p>
          <p className="text-sm text-slate-600">
            <DateTime value={event.at} />
          </p>
        </li>
      ))}
    </ol>
  );
}
