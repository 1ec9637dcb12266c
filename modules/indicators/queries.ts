// Reads of a campaign's indicator framework. Like campaigns, indicators are province-wide:
// everyone with campaign.read may read them.
import type { Db } from '@/lib/server/db';
import { hasPermission, type Actor } from '@/modules/auth/actor';
import { verificationOf } from '@/modules/indicators/verification';
import { ZScoringRule } from '@/modules/scoring/rule-schema';

const ruleOf = (stored: unknown) => {
  const parsed = ZScoringRule.safeParse(stored);
  return parsed.success ? parsed.data : null;
};

/** The framework in its order, with weights as plain numbers (they cross to client components). */
export async function findIndicators(db: Db, actor: Actor, campaignId: string) {
  if (!hasPermission(actor, 'campaign.read')) return [];
  const rows = await db.indicator.findMany({
    where: { campaignId },
    orderBy: [{ position: 'asc' }, { code: 'asc' }],
    select: {
      id: true,
      code: true,
      name: true,
      nameEn: true,
      unit: true,
      category: true,
      valueType: true,
      weight: true,
      verification: true,
      verificationNote: true,
      scoringRule: true,
      scoringNote: true,
      position: true,
      version: true,
      _count: { select: { values: true } },
    },
  });
  // Stored JSON is read through its schema: anything invalid shows as "no rule" / "not verifiable".
  return rows.map(({ weight, _count, scoringRule, verification, ...row }) => ({
    ...row,
    weight: weight.toNumber(),
    scoringRule: ruleOf(scoringRule),
    verification: verification === null ? null : verificationOf(verification),
    reportedValues: _count.values,
  }));
}

export type IndicatorRow = Awaited<ReturnType<typeof findIndicators>>[number];

/** Other campaigns whose framework can be copied, newest first. */
export async function findFrameworkSources(db: Db, actor: Actor, campaignId: string) {
  if (!hasPermission(actor, 'campaign.read')) return [];
  const rows = await db.campaign.findMany({
    where: { id: { not: campaignId }, indicators: { some: {} } },
    orderBy: [{ year: 'desc' }, { name: 'asc' }],
    select: { id: true, name: true, year: true, _count: { select: { indicators: true } } },
  });
  return rows.map(({ _count, ...row }) => ({ ...row, indicators: _count.indicators }));
}

export type FrameworkSource = Awaited<ReturnType<typeof findFrameworkSources>>[number];
