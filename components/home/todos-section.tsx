import Link from 'next/link';
import { useFormatter, useTranslations } from 'next-intl';
import type { TodoItem } from '@/modules/todos/rules';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { HomeSection } from '@/components/home/home-section';

/**
 * What waits for the user, most pressing first: each item links to its record and says what is
 * wanted, by when, and (in words, not only colour) whether it is overdue.
 */
export function TodosSection({ items }: { items: TodoItem[] }) {
  const t = useTranslations('todos');
  const format = useFormatter();
  const when = (item: TodoItem) => {
    if (!item.deadline) return t('noDeadline');
    const date = item.deadlineKind === 'appealCloses'
      ? format.dateTime(item.deadline, { dateStyle: 'long', timeStyle: 'short' })
      : format.dateTime(item.deadline, { dateStyle: 'long' });
    return t(`deadline.${item.deadlineKind}`, { date });
  };
  return (
    <HomeSection id="todos" title={t('title')} description={t('description')}>
      {items.length === 0 ? (
        <EmptyState title={t('empty')} description={t('emptyDescription')} />
      ) : (
        <>
          <p className="text-sm text-slate-600" aria-live="polite">
            {t('summary', { count: items.length, overdue: items.filter((i) => i.overdue).length })}
          </p>
          <ul aria-labelledby="todos" className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white">
            {items.map((item) => (
              <li key={`${item.kind}:${item.id}`}>
                <Link
                  href={item.href}
                  className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-blue-600"
                >
                  <span className="min-w-0">
                    <span className="block text-xs font-medium tracking-wide text-slate-500">{t(`kind.${item.kind}`)}</span>
                    <span className="block font-medium break-words text-slate-900">{item.title}</span>
                    <span className="block text-sm break-words text-slate-600">
                      {item.context} · {when(item)}
                    </span>
                  </span>
                  {item.overdue ? <Badge tone="red">{t('overdue')}</Badge> : null}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </HomeSection>
  );
}
