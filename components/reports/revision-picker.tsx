// Which two revisions to compare: a plain GET form, so it works without JavaScript.
import { useTranslations } from 'next-intl';
import { CONTROL_CLASSES } from '@/components/ui/form-controls';
import { Button } from '@/components/ui/button';

export function RevisionPicker({ options, from, to }: { options: { value: number; label: string }[]; from: number; to: number }) {
  const t = useTranslations('reports.diff');
  const select = (name: 'from' | 'to', value: number) => (
    <div>
      <label htmlFor={`diff-${name}`} className="block text-sm font-medium text-slate-800">{t(name)}</label>
      <select id={`diff-${name}`} name={name} defaultValue={value} className={CONTROL_CLASSES}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-3">
      {select('from', from)}
      {select('to', to)}
      <Button type="submit" variant="secondary">{t('show')}</Button>
    </form>
  );
}
