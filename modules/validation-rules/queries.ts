// Reads of a campaign's validation rules. Like the indicator framework they are province-wide:
// every role with campaign.read may read them; only the assessment office changes them.
import type { Db } from '@/lib/server/db';
import { hasPermission, type Actor } from '@/modules/auth/actor';
import { parseRuleExpression } from '@/modules/validation-rules/expression';
import { findUnknownCodes } from '@/modules/validation-rules/rule-checks';
import { toFigures, type RuleOperator } from '@/modules/validation-rules/rules';

export type RuleRow = {
  id: string;
  code: string;
  description: string;
  left: string;
  operator: RuleOperator;
  right: string;
  tolerance: number;
  position: number;
  version: number;
  /** Codes the rule refers to that are no longer in the framework (an indicator was renamed or removed). */
  unknownCodes: string[];
};

/** The rules in their order, and the framework's indicators they may refer to. */
export async function findRules(db: Db, actor: Actor, campaignId: string): Promise<{ rules: RuleRow[]; indicators: { code: string; name: string; unit: string }[] }> {
  if (!hasPermission(actor, 'campaign.read')) return { rules: [], indicators: [] };
  const [rules, indicators] = await Promise.all([
    db.validationRule.findMany({
      where: { campaignId },
      orderBy: [{ position: 'asc' }, { code: 'asc' }],
      select: { id: true, code: true, description: true, left: true, operator: true, right: true, tolerance: true, position: true, version: true },
    }),
    db.indicator.findMany({ where: { campaignId }, orderBy: [{ position: 'asc' }, { code: 'asc' }], select: { code: true, name: true, unit: true } }),
  ]);
  const known = new Set(indicators.map((i) => i.code));
  const refsOf = (text: string) => {
    const parsed = parseRuleExpression(text);
    return parsed.ok ? parsed.refs : [];
  };
  return {
    rules: rules.map((r) => ({
      ...r,
      tolerance: r.tolerance.toNumber(),
      unknownCodes: findUnknownCodes([...refsOf(r.left), ...refsOf(r.right)], known),
    })),
    indicators,
  };
}

/** Reports of the campaign's assessments that a rule preview can run against (admins only: they cross regions). */
export async function findPreviewReports(db: Db, actor: Actor, campaignId: string) {
  if (!hasPermission(actor, 'campaign.manage')) return [];
  return db.workReport.findMany({
    where: { assessment: { campaignId } },
    orderBy: [{ reportingRegion: { code: 'asc' } }, { kind: 'asc' }],
    select: { id: true, title: true, kind: true, status: true, revision: true, reportingRegion: { select: { name: true } } },
  });
}

/**
 * The figures of a report of the campaign, keyed `${code}.${period}`: its latest submission,
 * or its draft (revision 0) while it has never been submitted. Null when the report is not
 * one of the campaign's or the actor may not preview.
 */
export async function getPreviewFigures(db: Db, actor: Actor, campaignId: string, reportId: string) {
  if (!hasPermission(actor, 'campaign.manage')) return null;
  const report = await db.workReport.findFirst({
    where: { id: reportId, assessment: { campaignId } },
    select: { id: true, title: true, revision: true, reportingRegion: { select: { name: true } } },
  });
  if (!report) return null;
  const values = await db.indicatorValue.findMany({
    where: { workReportId: report.id, revision: report.revision },
    select: { period: true, value: true, indicator: { select: { code: true } } },
  });
  return { report, figures: toFigures(values.map((v) => ({ code: v.indicator.code, period: v.period, value: v.value }))) };
}
