// Validation rules of the 2018 demo campaign (find-or-create by code, so seeding twice changes
// nothing). Zhaoqing's figures in the scenario satisfy all of them. The campaign has no
// "registered poor" indicator, so the exit-rate rule checks the range of the rate instead.
import type { DbClient } from '@/seeds/factories/client';
import type { RuleOperator } from '@/modules/validation-rules/rules';

type RuleSeed = { code: string; description: string; left: string; operator: RuleOperator; right: string; tolerance?: number };

export const VALIDATION_RULES_2018: readonly RuleSeed[] = [
  { code: 'R-01', description: '本年度脱贫人数不应超过累计脱贫人数', left: 'PR-01.THIS_YEAR', operator: 'LTE', right: 'PR-01.CUMULATIVE' },
  { code: 'R-02', description: '本年度扶贫资金投入不应超过累计投入', left: 'FM-01.THIS_YEAR', operator: 'LTE', right: 'FM-01.CUMULATIVE' },
  { code: 'R-03', description: '贫困发生率应低于或等于帮扶开始时的基期水平', left: 'PR-03.CUMULATIVE', operator: 'LTE', right: 'PR-03.BASELINE' },
  { code: 'R-04', description: '脱贫率不应超过100%', left: 'PR-02.CUMULATIVE', operator: 'LTE', right: '100' },
];

export async function seedValidationRules(db: DbClient, campaignId: string) {
  const out: Record<string, { id: string }> = {};
  for (const [position, rule] of VALIDATION_RULES_2018.entries()) {
    out[rule.code] = await db.validationRule.upsert({
      where: { campaignId_code: { campaignId, code: rule.code } },
      create: { ...rule, tolerance: rule.tolerance ?? 0, campaignId, position },
      update: {},
      select: { id: true },
    });
  }
  return out;
}
