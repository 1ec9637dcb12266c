'use client';

// A scoring rule in plain words, e.g. "−1 per 0.1 percentage point below 100%". Used by the indicator form
// (live, as the admin types) and the indicator list.
import { useTranslations } from 'next-intl';
import type { IndicatorValueType } from '@/lib/generated/prisma/enums';
import type { ScoringRule } from '@/modules/scoring/rule-schema';

const SYMBOL = { LT: '<', LTE: '≤', GT: '>', GTE: '≥' } as const;

export function useRuleDescription() {
  const t = useTranslations('campaigns.scoring.preview');
  return (rule: ScoringRule | null, unit: string, valueType: IndicatorValueType | ''): string => {
    if (!rule) return t('none');
    const u = unit.trim();
    // A step on a percentage is a number of percentage points, not a percentage of something.
    const stepUnit = valueType === 'PERCENT' ? t('percentagePoints') : u;
    switch (rule.kind) {
      case 'LINEAR_TO_TARGET':
        return t(rule.direction === 'AT_LEAST' ? 'linearAtLeast' : 'linearAtMost', { target: rule.target, unit: u, step: rule.step, stepUnit, deduction: rule.deductionPerStep });
      case 'ZERO_IF':
        return t('zeroIf', { comparison: SYMBOL[rule.comparison], threshold: rule.threshold, unit: u });
      case 'RATIO_OF_TARGET':
        return t(rule.direction === 'AT_LEAST' ? 'ratioAtLeast' : 'ratioAtMost', { target: rule.target, unit: u });
      case 'MANUAL':
        return t('manual');
    }
  };
}
