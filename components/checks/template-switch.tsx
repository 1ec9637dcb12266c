// When there is more than one household template: which one this check uses.
import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { cn } from '@/components/ui/cn';

export function TemplateSwitch({ visitId, householdId, current, templates }: { visitId: string; householdId: string; current: string; templates: { id: string; name: string }[] }) {
  const t = useTranslations('checks.form');
  return (
    <nav aria-label={t('templates')} className="flex flex-wrap gap-2">
      {templates.map((template) => (
        <Link
          key={template.id}
          href={`/site-visits/${visitId}/checks/new?householdId=${householdId}&templateId=${template.id}`}
          aria-current={template.id === current ? 'page' : undefined}
          className={cn('rounded-full border px-3 py-1 text-sm', template.id === current ? 'border-blue-700 bg-blue-50 text-blue-800' : 'border-slate-300 text-slate-700 hover:bg-slate-100')}
        >
          {template.name}
        </Link>
      ))}
    </nav>
  );
}
