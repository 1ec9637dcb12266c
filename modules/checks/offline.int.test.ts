import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { prepareVisitOfflineAction } from '@/modules/checks/actions';
import { auditCount, createCheckWorld } from '@/modules/checks/test-support';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { HOUSEHOLD_TEMPLATE } from '@/seeds/scenario-checklists';
import { createFinding } from '@/seeds/factories/findings';
import { uniqueSuffix } from '@/seeds/factories/client';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const preparedEvents = (siteVisitId: string) =>
  getDb().auditEvent.findMany({ where: { entityType: 'SiteVisit', entityId: siteVisitId, action: 'siteVisit.prepareOffline' }, select: { actorId: true, data: true } });

describe('prepare a site visit for offline', () => {
  it("hands the group's assessor the visit, its households and the household templates, and audits it", async () => {
    const world = await createCheckWorld(demo, 'PLANNED');
    signInAs(demo.users.assessor);
    const result = await prepareVisitOfflineAction({ siteVisitId: world.visit.id });
    if (!result.ok) throw new Error(result.message);
    const { visit, households, templates, preparedAt } = result.data;
    expect(visit).toMatchObject({ id: world.visit.id, status: 'PLANNED' });
    expect(households.map((h) => h.code)).toEqual([world.household.code]);
    const template = templates.find((t) => t.name === HOUSEHOLD_TEMPLATE.name);
    expect(template?.items.map((i) => i.code)).toEqual(HOUSEHOLD_TEMPLATE.items.map((i) => i.code));
    expect(preparedAt).toBeInstanceOf(Date);
    expect(await preparedEvents(world.visit.id)).toEqual([{ actorId: demo.users.assessor.id, data: { households: 1, templates: templates.length, findings: 0 } }]);
  });

  it("carries the finding form of the visit's county and the visit's findings, on their versions", async () => {
    const world = await createCheckWorld(demo, 'IN_PROGRESS');
    const fengkai = demo.regions.counties.Fengkai!;
    const village = demo.regions.villages.find((v) => v.path.startsWith(fengkai.path))!;
    const finding = await createFinding(getDb(), { assessmentId: world.visit.assessmentId, regionId: village.id, createdById: demo.users.assessor.id, title: `离线前的问题 ${uniqueSuffix()}`, status: 'DRAFT' });
    await getDb().finding.update({ where: { id: finding.id }, data: { siteVisitId: world.visit.id, version: 3 } });
    signInAs(demo.users.assessor);
    const result = await prepareVisitOfflineAction({ siteVisitId: world.visit.id });
    if (!result.ok) throw new Error(result.message);
    const { findingForm, findings } = result.data;
    expect(findingForm).toMatchObject({ assessmentId: world.visit.assessmentId, rootRegionId: fengkai.id, canRecord: true });
    const expectedRegions = await getDb().region.findMany({ where: { path: { startsWith: fengkai.path } }, select: { id: true } });
    expect(findingForm.regions.map((r) => r.id).sort()).toEqual(expectedRegions.map((r) => r.id).sort());
    expect(findingForm.regions.some((r) => r.id === demo.regions.counties.Huaiji!.id)).toBe(false);
    expect(findingForm.indicators.length).toBe(await getDb().indicator.count({ where: { campaignId: demo.scenario.campaign.id } }));
    expect(findings).toEqual([expect.objectContaining({ id: finding.id, version: 3, status: 'DRAFT', regionId: village.id, checkId: null })]);
  });

  it('refuses officials, and a visit that does not exist, writing nothing', async () => {
    const world = await createCheckWorld(demo, 'IN_PROGRESS');
    const before = await auditCount();
    signInAs(demo.users.fengkaiOfficial);
    expect(await prepareVisitOfflineAction({ siteVisitId: world.visit.id })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(demo.users.assessor);
    expect(await prepareVisitOfflineAction({ siteVisitId: `${world.visit.id}x` })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await prepareVisitOfflineAction({ siteVisitId: '' })).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
    expect(await auditCount()).toBe(before);
    expect(await preparedEvents(world.visit.id)).toEqual([]);
  });
});
