import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { bulkFindingsAction, decideAppealAction } from '@/modules/findings/actions';
import { appealResponse } from '@/modules/findings/route-handlers';
import { auditCount, makeFinding, multipartRequest, pdfFile, readFinding } from '@/modules/findings/test-support';
import { submitPlanAction } from '@/modules/rectifications/actions';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createAssessment, createGroup } from '@/seeds/factories/campaigns';
import { createFinding } from '@/seeds/factories/findings';
import { createRegion } from '@/seeds/factories/regions';
import { createUser } from '@/seeds/factories/users';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const DAY = 24 * 3600 * 1000;

async function appeal(findingId: string, version: number, files: File[] = [pdfFile('申诉材料.pdf')]) {
  const response = await appealResponse(multipartRequest({ version: String(version), reason: '该户收入已达标，附银行流水。', files }), findingId);
  return (await response.json()) as { ok: boolean; code?: string; message?: string; fieldErrors?: Record<string, string[]> };
}

describe('appeals', () => {
  it('within the window: the region appeals with evidence, the leader upholds, and no second appeal is allowed', async () => {
    const finding = await makeFinding(demo, 'ISSUED', { appealDeadline: new Date(Date.now() + DAY) });
    signInAs(demo.users.fengkaiOfficial);
    expect(await appeal(finding.id, 1)).toMatchObject({ ok: true });
    const stored = await getDb().findingAppeal.findFirstOrThrow({ where: { findingId: finding.id }, include: { attachments: true } });
    expect(stored).toMatchObject({ submittedById: demo.users.fengkaiOfficial.id, decision: null });
    expect(stored.attachments).toHaveLength(1);
    expect((await readFinding(finding.id)).status).toBe('APPEALED');

    signInAs(demo.users.assessor);
    expect(await decideAppealAction({ id: finding.id, version: 2, decision: 'uphold', note: '维持' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    signInAs(demo.users.leader);
    expect(await decideAppealAction({ id: finding.id, version: 2, decision: 'uphold', note: '经复核，该户收入确未达标。' })).toMatchObject({ ok: true, data: { status: 'ISSUED' } });
    expect(await getDb().findingAppeal.findUniqueOrThrow({ where: { id: stored.id } })).toMatchObject({ decision: 'UPHELD', decidedById: demo.users.leader.id });

    signInAs(demo.users.fengkaiOfficial);
    expect(await appeal(finding.id, 3)).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '该问题已申诉过一次，不能再次申诉。' });
  });

  it('the leader may withdraw the finding, which then ends there', async () => {
    const finding = await makeFinding(demo, 'ISSUED', { appealDeadline: new Date(Date.now() + DAY) });
    signInAs(demo.users.fengkaiOfficial);
    await appeal(finding.id, 1);
    signInAs(demo.users.leader);
    expect(await decideAppealAction({ id: finding.id, version: 2, decision: 'withdraw', note: '申诉成立。' })).toMatchObject({ ok: true, data: { status: 'WITHDRAWN' } });
    signInAs(demo.users.fengkaiOfficial);
    expect(await submitPlanAction({ id: finding.id, version: 3, leadUnit: 'x', measures: 'x', personInCharge: 'x', deadline: '2030-01-01' }))
      .toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '该问题已销号或已撤销，不能再办理。' });
  });

  it('after the window: refused with the reason, and nothing stored', async () => {
    const finding = await makeFinding(demo, 'ISSUED', { appealDeadline: new Date(Date.now() - 1000) });
    signInAs(demo.users.fengkaiOfficial);
    const before = await auditCount();
    expect(await appeal(finding.id, 1)).toMatchObject({ ok: false, code: 'RULE_VIOLATION', message: '申诉期已过，不能再申诉。' });
    expect(await getDb().findingAppeal.count({ where: { findingId: finding.id } })).toBe(0);
    expect((await readFinding(finding.id)).status).toBe('ISSUED');
    expect(await auditCount()).toBe(before);
  });

  it('needs evidence', async () => {
    const finding = await makeFinding(demo, 'ISSUED', { appealDeadline: new Date(Date.now() + DAY) });
    signInAs(demo.users.fengkaiOfficial);
    expect(await appeal(finding.id, 1, [])).toMatchObject({ ok: false, code: 'INVALID_INPUT', fieldErrors: { files: [expect.any(String)] } });
  });
});

describe('bulk confirm and issue', () => {
  it('applies to each finding the leader may act on and reports the others with their reason', async () => {
    const [a, b, confirmed] = [await makeFinding(demo), await makeFinding(demo), await makeFinding(demo, 'CONFIRMED')];
    // A finding of another group's assessment: the leader of group 6 cannot even see it.
    const city = await createRegion(getDb(), { name: '第八组考核市', level: 'CITY', parent: demo.regions.guangdong });
    const assessor = await createUser(getDb(), {});
    const group = await createGroup(getDb(), { campaignId: demo.scenario.campaign.id, number: 8, assessorIds: [assessor.id] });
    const other = await createAssessment(getDb(), { campaignId: demo.scenario.campaign.id, groupId: group.id, targetRegionId: city.id });
    const foreign = await createFinding(getDb(), { assessmentId: other.id, regionId: city.id, createdById: assessor.id, title: '他组问题' });

    signInAs(demo.users.leader);
    const items = [a, b, confirmed, foreign].map((f) => ({ id: f.id, version: f.version }));
    const result = await bulkFindingsAction({ action: 'confirm', items });
    expect(result).toMatchObject({
      ok: true,
      data: {
        applied: 2,
        results: [
          { id: a.id, ok: true },
          { id: b.id, ok: true },
          { id: confirmed.id, ok: false, code: 'RULE_VIOLATION', messageKey: 'findings.rules.from.confirm' },
          { id: foreign.id, ok: false, code: 'NOT_FOUND', messageKey: 'errors.NOT_FOUND' },
        ],
      },
    });
    expect((await readFinding(a.id)).status).toBe('CONFIRMED');
    expect((await readFinding(foreign.id)).status).toBe('DRAFT');

    const issue = await bulkFindingsAction({ action: 'issue', appealWindowDays: 10, items: [{ id: a.id, version: 2 }, { id: confirmed.id, version: 1 }] });
    expect(issue).toMatchObject({ ok: true, data: { applied: 2 } });
    const issued = await readFinding(a.id);
    expect(issued.status).toBe('ISSUED');
    expect(issued.appealDeadline!.getTime() - issued.issuedAt!.getTime()).toBe(10 * DAY);
  });

  it('is the leader’s: assessors and officials are refused before anything happens', async () => {
    const finding = await makeFinding(demo);
    for (const user of [demo.users.assessor, demo.users.fengkaiOfficial]) {
      signInAs(user);
      expect(await bulkFindingsAction({ action: 'confirm', items: [{ id: finding.id, version: 1 }] })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect((await readFinding(finding.id)).status).toBe('DRAFT');
  });
});
