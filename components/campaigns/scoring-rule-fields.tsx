'use client';

// The typed parts of an indicator: how it is scored (kind, then that kind's parameters, with the rule in plain
// words as it is typed) and how its reported value is verified (kind, then the estimate or check and tolerance).
import { useTranslations } from 'next-intl';
import type { FieldErrors } from '@/lib/app-error';
import type { IndicatorValueType } from '@/lib/generated/prisma/enums';
import { CROSS_CHECKS, SAMPLE_ESTIMATES, VERIFICATION_KINDS } from '@/modules/indicators/verification';
import { controlProps, Field } from '@/components/ui/form-controls';
import { ruleFromText, type RuleText, type RuleTextField } from '@/components/scoring/rule-text';
import { useRuleDescription } from '@/components/scoring/rule-preview';

const RULE_KINDS = ['LINEAR_TO_TARGET', 'ZERO_IF', 'RATIO_OF_TARGET', 'MANUAL'] as const;

type Props = { values: RuleText; unit: string; valueType: IndicatorValueType | ''; errors: FieldErrors };

export function ScoringRuleFields({ values, unit, valueType, errors }: Props) {
  const t = useTranslations('campaigns.scoring');
  const describe = useRuleDescription();
  const kind = values['scoringRule.kind'];
  const rule = ruleFromText(values);
  const number = (field: RuleTextField, label: string, hint?: string) => (
    <Field id={field} label={label} hint={hint} errors={errors}>
      <input {...controlProps(field, errors, hint)} type="number" inputMode="decimal" step="any" defaultValue={values[field]} />
    </Field>
  );
  const select = <O extends string>(field: RuleTextField, label: string, options: readonly O[], labelOf: (o: O) => string) => (
    <Field id={field} label={label} errors={errors}>
      <select {...controlProps(field, errors)} defaultValue={values[field]}>
        {options.map((o) => <option key={o} value={o}>{labelOf(o)}</option>)}
      </select>
    </Field>
  );
  const direction = select('scoringRule.direction', t('direction'), ['AT_LEAST', 'AT_MOST'] as const, (o) => t(`directions.${o}`));
  const vKind = values['verification.kind'] || 'NOT_VERIFIABLE';

  return (
    <>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3 sm:col-span-2 lg:col-span-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t('ruleLegend')}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <Field id="scoringRule.kind" label={t('kind')} errors={errors}>
            <select {...controlProps('scoringRule.kind', errors)} defaultValue={kind}>
              <option value="">{t('kinds.none')}</option>
              {RULE_KINDS.map((k) => <option key={k} value={k}>{t(`kinds.${k}`)}</option>)}
            </select>
          </Field>
          {kind === 'LINEAR_TO_TARGET' ? (
            <>
              {direction}
              {number('scoringRule.target', t('target'), unit ? t('inUnit', { unit }) : undefined)}
              {number('scoringRule.step', t('step'), valueType === 'PERCENT' ? t('stepPercentHint') : undefined)}
              {number('scoringRule.deductionPerStep', t('deductionPerStep'))}
            </>
          ) : null}
          {kind === 'ZERO_IF' ? (
            <>
              {select('scoringRule.comparison', t('comparison'), ['LT', 'LTE', 'GT', 'GTE'] as const, (o) => t(`comparisons.${o}`))}
              {number('scoringRule.threshold', t('threshold'), unit ? t('inUnit', { unit }) : undefined)}
            </>
          ) : null}
          {kind === 'RATIO_OF_TARGET' ? (
            <>
              {direction}
              {number('scoringRule.target', t('target'), unit ? t('inUnit', { unit }) : undefined)}
            </>
          ) : null}
        </div>
        <p className="text-sm text-slate-700" aria-live="polite">
          <span className="font-medium">{t('previewLabel')}</span>{' '}
          <span data-testid="rule-preview">{kind && !rule ? t('previewIncomplete') : describe(rule, unit, valueType)}</span>
        </p>
      </fieldset>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3 sm:col-span-2 lg:col-span-4">
        <legend className="px-1 text-sm font-semibold text-slate-800">{t('verificationLegend')}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          {select('verification.kind', t('verificationKind'), VERIFICATION_KINDS, (o) => t(`verificationKinds.${o}`))}
          {vKind === 'SAMPLE_ESTIMATE'
            ? select('verification.estimate', t('estimate'), ['' as const, ...SAMPLE_ESTIMATES], (o) => (o !== '' ? t(`estimates.${o}`) : t('choose')))
            : null}
          {vKind === 'CROSS_CHECK' ? select('verification.check', t('check'), ['' as const, ...CROSS_CHECKS], (o) => (o !== '' ? t(`checks.${o}`) : t('choose'))) : null}
          {vKind !== 'NOT_VERIFIABLE' ? number('verification.tolerance', t('tolerance'), t('toleranceHint', { unit: unit || '—' })) : null}
        </div>
      </fieldset>
    </>
  );
}
