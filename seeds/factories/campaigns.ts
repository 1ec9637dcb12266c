// Campaign, indicator, group and assessment factories (find-or-create on natural keys).
import type { AssessmentStatus, CampaignStatus, IndicatorCategory, IndicatorValueType } from '@/lib/generated/prisma/enums';
import type { IndicatorVerification } from '@/modules/indicators/verification';
import type { ScoringRule } from '@/modules/scoring/rule-schema';
import { uniqueSuffix, type DbClient } from '@/seeds/factories/client';
import { assignRole } from '@/seeds/factories/users';

export async function createCampaign(
  db: DbClient,
  input: { name?: string; year?: number; status?: CampaignStatus; description?: string } = {},
) {
  const year = input.year ?? 2018;
  const name = input.name ?? `测试考核 ${uniqueSuffix()}`;
  return db.campaign.upsert({
    where: { year_name: { year, name } },
    create: {
      name,
      year,
      status: input.status ?? 'ACTIVE',
      periodStart: new Date(`${year}-01-01`),
      periodEnd: new Date(`${year}-12-31`),
      description: input.description,
    },
    update: {},
    select: { id: true, name: true, year: true, version: true },
  });
}

export type IndicatorInput = {
  code: string;
  name: string;
  nameEn?: string;
  unit: string;
  valueType: IndicatorValueType;
  category: IndicatorCategory;
  weight: number;
  verification?: IndicatorVerification;
  verificationNote?: string;
  scoringRule?: ScoringRule;
  scoringNote?: string;
};

export async function createIndicators(db: DbClient, campaignId: string, indicators: readonly IndicatorInput[]) {
  const out: Record<string, { id: string; unit: string }> = {};
  for (const [position, indicator] of indicators.entries()) {
    out[indicator.code] = await db.indicator.upsert({
      where: { campaignId_code: { campaignId, code: indicator.code } },
      create: { ...indicator, campaignId, position },
      update: {},
      select: { id: true, unit: true },
    });
  }
  return out;
}

export async function createGroup(
  db: DbClient,
  input: { campaignId: string; number?: number; name?: string; leaderId?: string; assessorIds?: string[] },
) {
  const number = input.number ?? 100 + Math.floor(Math.random() * 1_000_000);
  const group = await db.assessmentGroup.upsert({
    where: { campaignId_number: { campaignId: input.campaignId, number } },
    create: { campaignId: input.campaignId, number, name: input.name ?? `第${number}组` },
    update: {},
    select: { id: true, number: true, name: true },
  });
  if (input.leaderId) await assignRole(db, input.leaderId, { role: 'GROUP_LEADER', groupId: group.id });
  for (const userId of input.assessorIds ?? []) await assignRole(db, userId, { role: 'ASSESSOR', groupId: group.id });
  return group;
}

export async function createAssessment(
  db: DbClient,
  input: { campaignId: string; groupId: string; targetRegionId: string; status?: AssessmentStatus },
) {
  return db.assessment.upsert({
    where: { campaignId_targetRegionId: { campaignId: input.campaignId, targetRegionId: input.targetRegionId } },
    create: { ...input, status: input.status ?? 'PLANNED' },
    update: {},
    select: { id: true, groupId: true, targetRegionId: true, status: true, version: true },
  });
}
