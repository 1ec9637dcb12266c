// Above a new finding's form opened from a check: which check filled region and category.
import { useTranslations } from 'next-intl';

export function FromCheckNote({ householdCode }: { householdCode: string | null }) {
  const t = useTranslations('findings.form');
  return (
    <p className="mb-4 rounded-md bg-sky-50 px-3 py-2 text-sm text-sky-900">
      {householdCode ? t('fromCheck', { code: householdCode }) : t('fromVillageCheck')}
    </p>
  );
}
