// The checklist templates, household ones first.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { TemplateSummary } from '@/modules/checklists/queries';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';

export function TemplateList({ templates }: { templates: TemplateSummary[] }) {
  const t = useTranslations('checks.templates');
  if (templates.length === 0) return <EmptyState title={t('empty')} description={t('emptyDescription')} />;
  return (
    <ul className="divide-y divide-slate-200" aria-label={t('title')}>
      {templates.map((template) => (
        <li key={template.id} className="flex flex-wrap items-start justify-between gap-2 py-3">
          <div className="min-w-0">
            <Link href={`/checklists/${template.id}`} className="font-medium break-words text-blue-700 hover:underline">
              {template.name}
            </Link>
            <p className="text-sm text-slate-600">
              {t('summary', { code: template.code, items: template._count.items, checks: template._count.checks, minutes: Math.round(template.minimumSeconds / 60) })}
            </p>
          </div>
          <Badge tone={template.subject === 'HOUSEHOLD' ? 'blue' : 'violet'}>{t(`form.subjects.${template.subject}`)}</Badge>
        </li>
      ))}
    </ul>
  );
}
