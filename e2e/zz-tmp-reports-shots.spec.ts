// TEMPORARY (reports engineer): screenshots for a visual check; deleted after use.
import { expect, test } from '@playwright/test';
import { getDatabaseUrl } from '@/lib/env';
import { createDb } from '@/lib/server/db';
import { createAssessment, createCampaign, createGroup, createIndicators } from '@/seeds/factories/campaigns';
import { createWorkReport } from '@/seeds/factories/reports';
import { INDICATORS_2018 } from '@/seeds/scenario-zhaoqing-2018';
import { signIn } from './support/auth';

let ids: { work: string; pairing: string; assessment: string; draft: string; draftPaired: string; newAssessment: string };

test.beforeAll(async () => {
  const db = createDb(getDatabaseUrl());
  const work = await db.workReport.findFirstOrThrow({ where: { kind: 'WORK', status: 'ACCEPTED' } });
  const pairing = await db.workReport.findFirstOrThrow({ where: { kind: 'PAIRED_ASSISTANCE', status: 'ACCEPTED' } });
  const zq = await db.region.findUniqueOrThrow({ where: { code: '441200' } });
  const zs = await db.region.findUniqueOrThrow({ where: { code: '442000' } });
  const campaign = await createCampaign(db, { name: `shots ${Date.now()}`, year: 2017 });
  await createIndicators(db, campaign.id, INDICATORS_2018);
  const group = await createGroup(db, { campaignId: campaign.id });
  const a = await createAssessment(db, { campaignId: campaign.id, groupId: group.id, targetRegionId: zq.id });
  const draft = await createWorkReport(db, { assessmentId: a.id, reportingRegionId: zq.id, title: '肇庆市2017年度脱贫攻坚工作汇报', deadline: new Date('2018-01-10') });
  const draftPaired = await createWorkReport(db, { assessmentId: a.id, reportingRegionId: zs.id, kind: 'PAIRED_ASSISTANCE', title: '中山市对口帮扶肇庆市工作汇报' });
  ids = { work: work.id, pairing: pairing.id, assessment: work.assessmentId, draft: draft.id, draftPaired: draftPaired.id, newAssessment: a.id };
  await db.$disconnect();
});

for (const width of [1280, 360]) {
  test(`shots at ${width}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const ctx = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await ctx.newPage();
    await signIn(page, 'assessor6');
    const shot = async (name: string) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      console.log(`${name}@${width} overflow=${overflow}`);
      await page.screenshot({ path: `/tmp/rep/shots/${name}-${width}.png`, fullPage: true });
    };
    await page.goto(`/reports/${ids.work}`);
    await shot('work');
    await page.goto(`/reports/${ids.pairing}`);
    await shot('pairing');
    await page.goto(`/assessments/${ids.assessment}/reports`);
    await shot('side');
    const official = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await signIn(official, 'zhaoqing');
    await official.goto(`/reports/${ids.draft}`);
    await expect(official.getByRole('button', { name: '保存草稿' })).toBeVisible();
    const o2 = official;
    const overflow = await o2.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(`draft@${width} overflow=${overflow}`);
    await o2.screenshot({ path: `/tmp/rep/shots/draft-${width}.png`, fullPage: true });
    await o2.goto('/reports?overdue=1');
    await o2.screenshot({ path: `/tmp/rep/shots/list-${width}.png`, fullPage: true });
    const zs = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
    await signIn(zs, 'zhongshan');
    await zs.goto(`/reports/${ids.draftPaired}`);
    await expect(zs.getByRole('button', { name: '保存草稿' })).toBeVisible();
    console.log(`paired-draft@${width} overflow=${await zs.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)}`);
    await zs.screenshot({ path: `/tmp/rep/shots/paired-draft-${width}.png`, fullPage: true });
  });
}
