// The sampling rules in words.
import { useTranslations } from 'next-intl';
import type { SamplingRules } from '@/modules/sampling/schema';

export function RulesSummary({ rules }: { rules: SamplingRules }) {
  const t = useTranslations('siteVisits.rulesText');
  const status = useTranslations('siteVisits.householdStatus');
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
      <li>{t('countiesPerCity', { n: rules.countiesPerCity })}</li>
      <li>{t('townsPerCounty', { n: rules.townsPerCounty })}</li>
      <li>{t('villagesPerTown', { n: rules.villagesPerTown })}</li>
      <li>
        {t('householdsPerVillage', { n: rules.householdsPerVillage, statuses: rules.householdStatuses.map((s) => status(s)).join('、') })}
        {rules.disabledPerVillage > 0 ? `，${t('disabledPerVillage', { n: rules.disabledPerVillage })}` : null}
      </li>
      {rules.mix ? <li>{t('mix', rules.mix)}</li> : null}
      <li>{t('method')}</li>
    </ul>
  );
}
