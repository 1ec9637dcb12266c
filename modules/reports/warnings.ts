// Rule warnings for a report's figures: the campaign's validation rules evaluated against the
// values of one revision (0 = the officials' working copy).
import type { Db, Tx } from '@/lib/server/db';
import { evaluateValidationRules, toFigures, type RuleWarning } from '@/modules/validation-rules/rules';

export type { RuleWarning };

export async function checkReportFigures(db: Tx | Db, campaignId: string, reportId: string, revision = 0): Promise<RuleWarning[]> {
  const rules = await db.validationRule.findMany({
    where: { campaignId },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
    select: { code: true, description: true, left: true, operator: true, right: true, tolerance: true },
  });
  if (rules.length === 0) return [];
  const values = await db.indicatorValue.findMany({
    where: { workReportId: reportId, revision },
    select: { period: true, value: true, indicator: { select: { code: true } } },
  });
  return evaluateValidationRules(
    rules.map((r) => ({ ...r, tolerance: r.tolerance.toString() })),
    toFigures(values.map((v) => ({ code: v.indicator.code, period: v.period, value: v.value }))),
  );
}

/** Warnings as stored with a revision (JSON), read defensively. */
export function readWarnings(stored: unknown): RuleWarning[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (w): w is RuleWarning => typeof w === 'object' && w !== null && typeof (w as RuleWarning).code === 'string' && typeof (w as RuleWarning).message === 'string',
  );
}
