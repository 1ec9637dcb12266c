// The audit log's filters as a plain GET form: a person, a kind of record, a span of days.
import { useTranslations } from 'next-intl';
import { AUDIT_ENTITY_TYPES, type AuditLogParams } from '@/modules/audit/log-params';
import { buttonClasses } from '@/components/ui/button';
import { CONTROL_CLASSES } from '@/components/ui/form-controls';

export function AuditLogFilters({ params, people }: { params: AuditLogParams; people: { id: string; displayName: string; username: string }[] }) {
  const t = useTranslations('history');
  return (
    <form method="get" action="/audit" aria-label={t('log.filters')} className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      <div className="min-w-0">
        <label htmlFor="audit-person" className="block text-sm font-medium text-slate-800">{t('log.person')}</label>
        <select id="audit-person" name="person" defaultValue={params.personId ?? ''} className={CONTROL_CLASSES}>
          <option value="">{t('log.anyPerson')}</option>
          {people.map((p) => <option key={p.id} value={p.id}>{`${p.displayName}（${p.username}）`}</option>)}
        </select>
      </div>
      <div className="min-w-0">
        <label htmlFor="audit-kind" className="block text-sm font-medium text-slate-800">{t('log.kind')}</label>
        <select id="audit-kind" name="kind" defaultValue={params.kind ?? ''} className={CONTROL_CLASSES}>
          <option value="">{t('log.anyKind')}</option>
          {AUDIT_ENTITY_TYPES.map((k) => <option key={k} value={k}>{t(`entities.${k}`)}</option>)}
        </select>
      </div>
      <div className="min-w-0">
        <label htmlFor="audit-from" className="block text-sm font-medium text-slate-800">{t('log.from')}</label>
        <input id="audit-from" type="date" name="from" defaultValue={params.from ?? ''} className={CONTROL_CLASSES} />
      </div>
      <div className="min-w-0">
        <label htmlFor="audit-to" className="block text-sm font-medium text-slate-800">{t('log.to')}</label>
        <input id="audit-to" type="date" name="to" defaultValue={params.to ?? ''} className={CONTROL_CLASSES} />
      </div>
      <div className="flex flex-wrap gap-2 sm:col-span-2 lg:col-span-4">
        <button type="submit" className={buttonClasses()}>{t('log.apply')}</button>
        <a href="/audit" className={buttonClasses({ variant: 'ghost' })}>{t('log.clear')}</a>
      </div>
    </form>
  );
}
