// The verdict of a village check: a badge (meets / does not meet / incomplete) and, in full, the items
// that fail or are still unanswered, named by their prompts where known.
import { useTranslations } from 'next-intl';
import type { VillageCheckVerdict } from '@/modules/checks/village-rules';
import { Badge } from '@/components/ui/badge';

export function VillageVerdictBadge({ verdict }: { verdict: VillageCheckVerdict }) {
  const t = useTranslations('villageChecks.verdict');
  if (verdict.meetsExitConditions === null) return <Badge tone="amber">{t('incomplete')}</Badge>;
  return verdict.meetsExitConditions ? <Badge tone="green">{t('meets')}</Badge> : <Badge tone="red">{t('fails')}</Badge>;
}

export function VillageVerdictDetails({ verdict, prompts = {} }: { verdict: VillageCheckVerdict; prompts?: Record<string, string> }) {
  const t = useTranslations('villageChecks.verdict');
  const names = (codes: string[]) => codes.map((code) => prompts[code] ?? code).join('；');
  return (
    <div className="space-y-1 text-sm">
      {verdict.failedItemCodes.length > 0 ? <p className="text-red-800">{t('failedItems', { items: names(verdict.failedItemCodes) })}</p> : null}
      {verdict.unansweredItemCodes.length > 0 ? <p className="text-amber-800">{t('unansweredItems', { items: names(verdict.unansweredItemCodes) })}</p> : null}
      <p className="text-xs text-slate-500">{t('rulesVersion', { version: verdict.rulesVersion })}</p>
    </div>
  );
}
