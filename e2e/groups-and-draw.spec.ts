// The assessment office forms a group in the demo 2018 campaign with a member from Zhaoqing,
// reads the cross-assessment refusal for Zhaoqing, draws the group's target by lot (Shanwei, the
// only candidate not tied to Zhaoqing: Zhongshan helps Zhaoqing) and verifies the draw. Group 6 is
// left alone, and the spec removes its own target and group at the end.
import { expect, test, type Locator, type Page } from '@playwright/test';
import pg from 'pg';
import { signIn } from './support/auth';

async function demoCampaignId(): Promise<string> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "Campaign" WHERE year = 2018 AND name = $1`, [
      '全省2018年度扶贫开发工作省级考核',
    ]);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

/** Native selects indent regions with full-width spaces: pick the option by its region name. */
async function selectRegion(select: Locator, name: string) {
  const option = select.locator('option').filter({ hasText: new RegExp(`^\\s*${name}$`) });
  await select.selectOption((await option.getAttribute('value'))!);
}

/** Leaves exactly the named boxes of a fieldset checked. */
async function checkOnly(page: Page, legend: string, names: RegExp[]) {
  const boxes = page.getByRole('group', { name: legend }).getByRole('checkbox');
  for (const box of await boxes.all()) {
    const label = (await box.locator('xpath=..').innerText()).trim();
    await box.setChecked(names.some((n) => n.test(label)));
  }
}

test('an admin forms a group, reads the cross-assessment refusal, draws its target and verifies the draw', async ({ page }) => {
  const campaignId = await demoCampaignId();
  const number = 50 + Math.floor(Math.random() * 900);
  const suffix = Date.now().toString(36);
  const groupName = `抽签测试组${suffix}`;
  const member = `肇庆组员${suffix}`;

  await signIn(page, 'admin');
  await page.goto(`/campaigns/${campaignId}/groups`);
  await expect(page.getByRole('region', { name: '第6组 · 第六组' })).toBeVisible();

  const create = page.getByRole('region', { name: '新建考核组' });
  await create.getByLabel('组号').fill(String(number));
  await create.getByLabel('名称').fill(groupName);
  await create.getByRole('button', { name: '新建' }).click();
  const card = page.getByRole('region', { name: `第${number}组 · ${groupName}` });
  await expect(card).toBeVisible();

  await card.getByText('新增人员').click();
  await card.getByLabel('用户名').fill(`e2e-zq-${suffix}`);
  await card.getByLabel('姓名').fill(member);
  await card.getByLabel('职务').fill('肇庆市扶贫办 干部');
  await selectRegion(card.getByLabel('所在地区'), '肇庆市');
  await card.getByRole('button', { name: '创建并加入本组' }).click();
  await expect(card.getByText('密码只显示这一次')).toBeVisible();
  await expect(card.getByRole('listitem').filter({ hasText: member })).toContainText('肇庆市扶贫办 干部 · 肇庆市');

  await selectRegion(card.getByLabel('考核地区'), '肇庆市');
  await card.getByRole('button', { name: '分配', exact: true }).click();
  await expect(card.getByRole('alert')).toHaveText(`${member}的所在地区为肇庆市，不能考核肇庆市（本地区）。`);
  await expect(card.getByText('尚未分配考核地区')).toBeVisible();

  await page.getByRole('navigation', { name: '考核管理分区' }).getByRole('link', { name: '抽签' }).click();
  const draw = page.getByRole('region', { name: '新抽签' });
  await checkOnly(page, '参加抽签的考核组', [new RegExp(`^第${number}组 `)]);
  await checkOnly(page, '候选地区（地级市）', [/^汕尾市$/, /^中山市$/]);
  await draw.getByRole('button', { name: '抽签' }).click();
  const result = draw.getByRole('status').filter({ hasText: '抽签完成' });
  await expect(result).toContainText(`第${number}组（${groupName}）→ 汕尾市`);
  const seed = (await result.locator('code').innerText()).trim();
  expect(seed).toMatch(/^[0-9a-f]{32}$/);

  const record = page.getByRole('listitem', { name: `抽签记录，随机种子 ${seed}` });
  await expect(record).toContainText('shuffle-backtrack-v1');
  await expect(record).toContainText(`第${number}组（${groupName}）→ 汕尾市`);
  await record.getByRole('button', { name: '核验' }).click();
  await expect(record.getByRole('status')).toHaveText('核验一致：按记录重新抽签，结果与记录完全相同。');

  // Clean up: the drawn target (still PLANNED, untouched) and then the group.
  await page.getByRole('navigation', { name: '考核管理分区' }).getByRole('link', { name: '考核组' }).click();
  await expect(card.getByRole('link', { name: '汕尾市' })).toBeVisible();
  await expect(card.getByText('抽签产生')).toBeVisible();
  await card.getByRole('button', { name: '取消分配汕尾市' }).click();
  await card.getByRole('button', { name: '确定' }).click();
  await expect(card.getByText('尚未分配考核地区')).toBeVisible();
  await card.getByText('修改组号和名称').click();
  await card.getByRole('button', { name: '删除考核组' }).click();
  await card.getByRole('button', { name: '删除', exact: true }).click();
  await expect(card).toHaveCount(0);
});
