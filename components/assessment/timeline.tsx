import { useLocale } from 'next-intl';
import { createCatalogTranslator, type CatalogTranslator } from '@/lib/i18n/server-translator';
import type { TimelineEvent } from '@/modules/assessments/queries';
import { EmptyState } from '@/components/ui/empty-state';
import { DateTime } from '@/components/date-time';
import { eventName } from '@/components/history/change-text';

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The catalog key that describes an event; a step back reads differently from a step forward. */
function descriptionKey(event: TimelineEvent): string {
  const key = event.action.replaceAll('.', '_');
  return event.action === 'assessment.transition' && event.data.direction === 'back' ? `${key}_back` : key;
}

/** A sentence for the event from the timeline's catalog (with its details), else the event's name in words. */
export function describeEvent(t: CatalogTranslator, event: TimelineEvent): string {
  const key = `assessment.timeline.actions.${descriptionKey(event)}`;
  if (!t.has(key)) return eventName(t, event.action);
  const status = (value: unknown) => (t.has(`assessmentStatus.${text(value)}`) ? t(`assessmentStatus.${text(value)}`) : text(value));
  const params = {
    title: text(event.data.title),
    name: text(event.data.name),
    from: status(event.data.from),
    to: status(event.data.to),
    reason: text(event.data.reason),
  };
  return t(key, params);
}

export function Timeline({ events }: { events: TimelineEvent[] }) {
  const t = createCatalogTranslator(useLocale());
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
