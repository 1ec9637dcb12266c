// Draw by lot: record the seed, method and inputs, then create the drawn assessments; and verify a
// recorded draw by re-running it from the record alone.
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import { AppError } from '@/lib/app-error';
import type { GuardedContext } from '@/lib/server/guarded';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import { lockWritableCampaign } from '@/modules/campaigns/writable';
import { assertCanManageGroups } from '@/modules/groups/access';
import { loadGroupPeople, loadPairings } from '@/modules/groups/cross-check';
import { assertRegionsFree, createPlannedAssessment } from '@/modules/groups/target-mutations';
import { DRAW_METHOD, namePairings, runDraw, verifyDraw, type DrawInputs, type DrawRefusal } from '@/modules/draws/rules';
import { ZDrawRecordInputs, ZDrawRecordPairings, type ZCreateDrawInput, type ZVerifyDrawInput } from '@/modules/draws/schema';

async function refusalError(refusal: DrawRefusal): Promise<AppError> {
  const t = await getCatalogTranslator();
  const { reason, ...rest } = refusal;
  const numbers = 'groups' in rest ? rest.groups : [];
  const params = { ...rest, groups: numbers.join(t('draws.listSeparator')), count: numbers.length };
  return new AppError('RULE_VIOLATION', { messageKey: `draws.errors.${reason}`, params });
}

/** Everything the draw depends on, read once, in canonical order, so that the record alone reproduces it. */
async function snapshotInputs(ctx: GuardedContext, campaignId: string, input: z.output<typeof ZCreateDrawInput>): Promise<DrawInputs> {
  const groupIds = [...new Set(input.groupIds)];
  const regionIds = [...new Set(input.regionIds)];
  const groups = await ctx.tx.assessmentGroup.findMany({
    where: { campaignId, id: { in: groupIds } },
    orderBy: { number: 'asc' },
    select: { id: true, number: true, name: true },
  });
  const candidates = await ctx.tx.region.findMany({ where: { id: { in: regionIds } }, orderBy: { path: 'asc' }, select: { id: true, name: true, path: true } });
  if (groups.length !== groupIds.length || candidates.length !== regionIds.length) throw new AppError('NOT_FOUND');
  const withMembers = [];
  for (const group of groups) {
    const people = await loadGroupPeople(ctx.tx, group.id);
    withMembers.push({ ...group, members: people.map(({ userId, displayName, homePath }) => ({ userId, displayName, homePath })) });
  }
  const pairings = (await loadPairings(ctx.tx)).map(({ helperPath, helpedPath }) => ({ helperPath, helpedPath }));
  return { perGroup: input.perGroup, groups: withMembers, candidates, pairings };
}

export async function createDraw(ctx: GuardedContext, input: z.output<typeof ZCreateDrawInput>) {
  assertCanManageGroups(ctx.actor);
  const campaign = await lockWritableCampaign(ctx.tx, input.campaignId);
  const inputs = await snapshotInputs(ctx, campaign.id, input);
  await assertRegionsFree(ctx, campaign.id, inputs.candidates.map((c) => c.id));
  // 128 bits from the operating system's CSPRNG; shown to the admin and recorded.
  const seed = randomBytes(16).toString('hex');
  const outcome = runDraw(seed, inputs);
  if (!outcome.ok) throw await refusalError(outcome.refusal);
  const draw = await ctx.tx.draw.create({
    data: { campaignId: campaign.id, seed, method: DRAW_METHOD, inputs, pairings: outcome.pairings, createdById: ctx.actor.userId },
    select: { id: true },
  });
  await ctx.audit({ action: 'draw.create', entityType: 'Draw', entityId: draw.id, data: { seed, method: DRAW_METHOD, pairings: outcome.pairings } });
  for (const p of outcome.pairings) {
    await createPlannedAssessment(ctx, { campaignId: campaign.id, groupId: p.groupId, targetRegionId: p.regionId, drawId: draw.id });
  }
  return { id: draw.id, seed, pairings: namePairings(inputs, outcome.pairings) };
}

export async function verifyDrawRecord(ctx: GuardedContext, input: z.output<typeof ZVerifyDrawInput>) {
  const draw = await ctx.tx.draw.findUnique({ where: { id: input.drawId }, select: { id: true, seed: true, method: true, inputs: true, pairings: true } });
  if (!draw) throw new AppError('NOT_FOUND');
  const inputs = ZDrawRecordInputs.safeParse(draw.inputs);
  const pairings = ZDrawRecordPairings.safeParse(draw.pairings);
  const check =
    inputs.success && pairings.success
      ? verifyDraw({ seed: draw.seed, method: draw.method, inputs: inputs.data, pairings: pairings.data })
      : ({ status: 'UNREADABLE' } as const);
  // Verifying leaves a trace too: who checked the draw, when, and what they found.
  await ctx.audit({ action: 'draw.verify', entityType: 'Draw', entityId: draw.id, data: { status: check.status } });
  if (check.status !== 'MISMATCH' || !inputs.success) return { drawId: draw.id, status: check.status, missing: [], extra: [] };
  return { drawId: draw.id, status: check.status, missing: namePairings(inputs.data, check.missing), extra: namePairings(inputs.data, check.extra) };
}
