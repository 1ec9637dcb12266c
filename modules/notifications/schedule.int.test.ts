import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/server/db';
import { updateReminderScheduleAction } from '@/modules/notifications/actions';
import { loadDemo, type Demo } from '@/scripts/test/demo-fixture';
import { signInAs } from '@/scripts/test/session';
import { createCampaign } from '@/seeds/factories/campaigns';

let demo: Demo;
beforeAll(async () => {
  demo = await loadDemo();
});

const stored = (id: string) => getDb().campaign.findUniqueOrThrow({ where: { id }, select: { reminderSchedule: true, version: true } });
const auditsOf = (id: string) => getDb().auditEvent.count({ where: { entityId: id } });

/** Sends the form as the admin and checks that the refusal left the campaign and its audit trail as they were. */
async function expectRefused(form: { remindDaysBefore: string; escalateRegionAfterDays: string; escalateOfficeAfterDays: string }) {
  const campaign = await createCampaign(getDb());
  signInAs(demo.users.admin);
  const [before, auditsBefore] = [await stored(campaign.id), await auditsOf(campaign.id)];
  const result = await updateReminderScheduleAction({ campaignId: campaign.id, version: campaign.version, ...form });
  expect(await stored(campaign.id)).toEqual(before);
  expect(await auditsOf(campaign.id)).toBe(auditsBefore);
  return result;
}

describe('saving a reminder schedule', () => {
  it('saves distinct days, largest first, with an audit event', async () => {
    const campaign = await createCampaign(getDb());
    signInAs(demo.users.admin);
    const result = await updateReminderScheduleAction({
      campaignId: campaign.id,
      version: campaign.version,
      remindDaysBefore: '7,3,1,0,1,2,4,5,6,8,9',
      escalateRegionAfterDays: '3',
      escalateOfficeAfterDays: '3',
    });
    expect(result).toEqual({ ok: true, data: { id: campaign.id, version: campaign.version + 1 } });
    expect((await stored(campaign.id)).reminderSchedule).toEqual({ remindDaysBefore: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0], escalateRegionAfterDays: 3, escalateOfficeAfterDays: 3 });
    expect(await auditsOf(campaign.id)).toBe(1);
  });

  it('names the limit of ten days', async () => {
    const result = await expectRefused({ remindDaysBefore: '0,1,2,3,4,5,6,7,8,9,10', escalateRegionAfterDays: '3', escalateOfficeAfterDays: '7' });
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_INPUT',
      message: '输入有误，请按提示修改。',
      fieldErrors: { remindDaysBefore: ['最多填写 10 个不同的提醒天数，现在有 11 个。'] },
    });
  });

  it('names a day out of range and a word that is not a number, each with its own message', async () => {
    const result = await expectRefused({ remindDaysBefore: '7, 90, 七', escalateRegionAfterDays: '3', escalateOfficeAfterDays: '7' });
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: {
        remindDaysBefore: ['「七」不是整数天数。请填写 0 到 60 之间的整数，用逗号分隔。', '90 天超出范围：提前提醒的天数须在 0 到 60 之间。'],
      },
    });
  });

  it('refuses telling the office before the region above, on the office field', async () => {
    const result = await expectRefused({ remindDaysBefore: '7, 3', escalateRegionAfterDays: '30', escalateOfficeAfterDays: '3' });
    expect(result).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      fieldErrors: { escalateOfficeAfterDays: ['告知考核组组长和考核办须在告知上级地区之后：请填写不少于 30 的天数。'] },
    });
  });
});
