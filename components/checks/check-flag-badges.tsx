// The flags a check got when it was submitted: too short, answers that miss the expected value, sent far
// from the village, and a device clock that was wrong.
import { useTranslations } from 'next-intl';
import type { CheckFlags } from '@/modules/checks/rules';
import { Badge } from '@/components/ui/badge';

export function CheckFlagBadges({ flags }: { flags: CheckFlags }) {
  const t = useTranslations('checks.flags');
  if (!flags.tooShort && flags.missedItemIds.length === 0 && !flags.farFromVillage && !flags.clockSkew) return null;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {flags.tooShort ? <Badge tone="red">{t('tooShort')}</Badge> : null}
      {flags.missedItemIds.length > 0 ? <Badge tone="amber">{t('missed', { count: flags.missedItemIds.length })}</Badge> : null}
      {flags.farFromVillage ? <Badge tone="red">{t('farFromVillage')}</Badge> : null}
      {flags.clockSkew ? <Badge tone="red">{t('clockSkew')}</Badge> : null}
    </span>
  );
}
