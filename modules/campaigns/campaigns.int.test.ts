import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { changeCampaignStatusAction, createCampaignAction, updateCampaignAction } from '@/modules/campaigns/actions';
import { expectDeniedForNonAdmins, lastAuditOf } from '@/modules/campaigns/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { findAssessments } from '@/modules/assessments/queries';
import { actorOf } from '@/scripts/test/demo-fixture';
import { createAssessment, createCampaign, createGroup, createIndicators } from '@/seeds/factories/campaigns';
import { uniqueSuffix } from '@/seeds/factories/client';
import { createUser } from '@/seeds/factories/users';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const db = () => getDb();
const fields = (name: string) => ({ name, year: 2019, periodStart: '2019-01-01', periodEnd: '2019-12-31', description: '说明' });
const INDICATOR = { code: 'T-1', name: '测试指标', unit: '%', valueType: 'PERCENT', category: 'POVERTY_REDUCTION', weight: 100 } as const;

/** A draft with everything a start needs: an indicator, and a group with a leader and a target. */
async function readyDraft() {
  const campaign = await createCampaign(db(), { status: 'DRAFT' });
  await createIndicators(db(), campaign.id, [INDICATOR]);
  const leader = await createUser(db(), { username: `leader-${uniqueSuffix()}`, displayName: '组长' });
  const group = await createGroup(db(), { campaignId: campaign.id, number: 1, leaderId: leader.id });
  await createAssessment(db(), { campaignId: campaign.id, groupId: group.id, targetRegionId: demo.regions.zhaoqing.id });
  return campaign;
}

const stored = (id: string) => db().campaign.findUniqueOrThrow({ where: { id }, select: { name: true, status: true, version: true } });

describe('creating a campaign', () => {
  it('lets an admin create a draft, with an audit event', async () => {
    signInAs(demo.users.admin);
    const name = `2019年度考核 ${uniqueSuffix()}`;
    const result = await createCampaignAction(fields(name));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await stored(result.data.id)).toMatchObject({ name, status: 'DRAFT', version: 1 });
    expect(await lastAuditOf(result.data.id)).toMatchObject({ action: 'campaign.create', entityType: 'Campaign', actorId: demo.users.admin.id });
  });

  it('denies leader6, assessor6 and an official, writing nothing', async () => {
    const name = `越权 ${uniqueSuffix()}`;
    await expectDeniedForNonAdmins(demo, () => createCampaignAction(fields(name)), () => db().campaign.count({ where: { name } }));
  });

  it('reports a name already used in the same year on the name field', async () => {
    signInAs(demo.users.admin);
    const result = await createCampaignAction({ ...fields('全省2018年度扶贫开发工作省级考核'), year: 2018, periodStart: '2018-01-01', periodEnd: '2018-12-31' });
    expect(result).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { name: ['2018年度已有同名考核，请换一个名称。'] } });
  });
});

describe('editing a campaign', () => {
  it('lets an admin edit, with an audit event', async () => {
    const campaign = await createCampaign(db(), { status: 'DRAFT' });
    signInAs(demo.users.admin);
    const result = await updateCampaignAction({ ...fields(`${campaign.name} 改`), id: campaign.id, version: campaign.version });
    expect(result).toEqual({ ok: true, data: { id: campaign.id, version: campaign.version + 1 } });
    expect((await stored(campaign.id)).name).toBe(`${campaign.name} 改`);
    expect(await lastAuditOf(campaign.id)).toMatchObject({ action: 'campaign.update', actorId: demo.users.admin.id });
  });

  it('denies every other role, writing nothing', async () => {
    const campaign = await createCampaign(db(), { status: 'DRAFT' });
    await expectDeniedForNonAdmins(
      demo,
      () => updateCampaignAction({ ...fields('越权修改'), id: campaign.id, version: campaign.version }),
      () => stored(campaign.id),
    );
  });

  it('reports a stale version as a conflict and keeps the first save', async () => {
    const campaign = await createCampaign(db(), { status: 'DRAFT' });
    signInAs(demo.users.admin);
    await updateCampaignAction({ ...fields(`${campaign.name} 甲`), id: campaign.id, version: campaign.version });
    const stale = await updateCampaignAction({ ...fields(`${campaign.name} 乙`), id: campaign.id, version: campaign.version });
    expect(stale).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await stored(campaign.id)).name).toBe(`${campaign.name} 甲`);
  });

  it('refuses to edit a closed campaign', async () => {
    const campaign = await createCampaign(db(), { status: 'CLOSED' });
    signInAs(demo.users.admin);
    const result = await updateCampaignAction({ ...fields('改已结束的考核'), id: campaign.id, version: campaign.version });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '该考核已结束，不能再修改。' });
    expect(await stored(campaign.id)).toMatchObject({ name: campaign.name, version: campaign.version });
  });
});

describe('the campaign lifecycle', () => {
  it('lets an admin activate a draft and then close it, auditing each move', async () => {
    const campaign = await readyDraft();
    signInAs(demo.users.admin);
    const activated = await changeCampaignStatusAction({ id: campaign.id, version: campaign.version, status: 'ACTIVE' });
    expect(activated).toEqual({ ok: true, data: { id: campaign.id, version: campaign.version + 1, status: 'ACTIVE' } });
    expect(await lastAuditOf(campaign.id)).toMatchObject({ action: 'campaign.status', data: { from: 'DRAFT', to: 'ACTIVE' } });
    const closed = await changeCampaignStatusAction({ id: campaign.id, version: campaign.version + 1, status: 'CLOSED' });
    expect(closed.ok).toBe(true);
    expect(await stored(campaign.id)).toMatchObject({ status: 'CLOSED', version: campaign.version + 2 });
    expect(await lastAuditOf(campaign.id)).toMatchObject({ action: 'campaign.status', data: { from: 'ACTIVE', to: 'CLOSED' } });
  });

  it('denies every other role both moves, writing nothing', async () => {
    const draft = await createCampaign(db(), { status: 'DRAFT' });
    const active = await createCampaign(db(), { status: 'ACTIVE' });
    await expectDeniedForNonAdmins(demo, () => changeCampaignStatusAction({ id: draft.id, version: draft.version, status: 'ACTIVE' }), () => stored(draft.id));
    await expectDeniedForNonAdmins(demo, () => changeCampaignStatusAction({ id: active.id, version: active.version, status: 'CLOSED' }), () => stored(active.id));
  });

  it('refuses moves the lifecycle does not allow', async () => {
    signInAs(demo.users.admin);
    const cases = [
      ['DRAFT', 'CLOSED', '只有进行中的考核才能结束。'],
      ['ACTIVE', 'ACTIVE', '只有草稿状态的考核才能启动。'],
      ['CLOSED', 'ACTIVE', '只有草稿状态的考核才能启动。'],
      ['CLOSED', 'CLOSED', '只有进行中的考核才能结束。'],
    ] as const;
    for (const [from, to, message] of cases) {
      const campaign = await createCampaign(db(), { status: from });
      const result = await changeCampaignStatusAction({ id: campaign.id, version: campaign.version, status: to });
      expect(result, `${from} → ${to}`).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message });
      expect(await stored(campaign.id)).toMatchObject({ status: from, version: campaign.version });
    }
  });

  it('refuses to start a draft that lacks indicators, leaders or targets, naming what is missing', async () => {
    signInAs(demo.users.admin);
    const bare = await createCampaign(db(), { status: 'DRAFT' });
    const result = await changeCampaignStatusAction({ id: bare.id, version: bare.version, status: 'ACTIVE' });
    expect(result).toMatchObject({ ok: false, code: 'RULE_VIOLATION' });
    if (result.ok) return;
    expect(result.message).toContain('尚未设置考核指标');
    expect(result.message).toContain('尚未组建考核组');
    expect(await stored(bare.id)).toMatchObject({ status: 'DRAFT', version: bare.version });

    const partial = await createCampaign(db(), { status: 'DRAFT' });
    await createIndicators(db(), partial.id, [INDICATOR]);
    const leader = await createUser(db(), { username: `leader-${uniqueSuffix()}`, displayName: '组长' });
    const led = await createGroup(db(), { campaignId: partial.id, number: 3, leaderId: leader.id });
    await createGroup(db(), { campaignId: partial.id, number: 7 });
    await createAssessment(db(), { campaignId: partial.id, groupId: led.id, targetRegionId: demo.regions.zhaoqing.id });
    const second = await changeCampaignStatusAction({ id: partial.id, version: partial.version, status: 'ACTIVE' });
    expect(second.ok).toBe(false);
    if (second.ok) return;
    expect(second.message).toContain('第7组没有组长');
    expect(second.message).toContain('第7组尚未指定考核对象');
    expect(second.message).not.toContain('第3组');
    expect(await stored(partial.id)).toMatchObject({ status: 'DRAFT' });
  });

  it('shows officials the groups that will assess them only once the campaign is active', async () => {
    const campaign = await readyDraft();
    const official = await actorOf(demo.users.zhaoqingOfficial);
    const visible = async () => (await findAssessments(db(), official)).some((a) => a.campaign.id === campaign.id);
    expect(await visible()).toBe(false);
    expect((await findAssessments(db(), await actorOf(demo.users.admin))).some((a) => a.campaign.id === campaign.id)).toBe(true);
    signInAs(demo.users.admin);
    expect((await changeCampaignStatusAction({ id: campaign.id, version: campaign.version, status: 'ACTIVE' })).ok).toBe(true);
    expect(await visible()).toBe(true);
  });

  it('reports a move from a stale page as a conflict', async () => {
    const campaign = await createCampaign(db(), { status: 'DRAFT' });
    signInAs(demo.users.admin);
    await updateCampaignAction({ ...fields(campaign.name), id: campaign.id, version: campaign.version });
    const result = await changeCampaignStatusAction({ id: campaign.id, version: campaign.version, status: 'ACTIVE' });
    expect(result).toMatchObject({ ok: false, code: 'CONFLICT' });
    expect((await stored(campaign.id)).status).toBe('DRAFT');
  });

  it('reports an unknown campaign as not found', async () => {
    signInAs(demo.users.admin);
    expect(await changeCampaignStatusAction({ id: 'missing', version: 1, status: 'ACTIVE' })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });
});
