import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const base = 'http://127.0.0.1:3217';
const fid = readFileSync('/tmp/fid', 'utf8').trim();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
async function as(user, viewport) {
  const page = await (await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await page.goto(base + '/login');
  await page.getByLabel('用户名').fill(user);
  await page.getByLabel('密码').fill('demo-2019');
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(base + '/');
  return page;
}
const leader = await as('leader6', { width: 1280, height: 900 });
for (const q of ['', '?sort=severity&overdue=1', '?region=gen-441225G03&status=PLAN_SUBMITTED']) {
  const s = Date.now(); await leader.goto(base + '/findings' + q); console.log('list', q, Date.now() - s, 'ms');
}
await leader.goto(base + '/findings');
await leader.screenshot({ path: '/tmp/shot-list.png' });
await leader.goto(base + '/assessments');
await leader.getByRole('link', { name: /肇庆市/ }).first().click();
await leader.waitForURL(/\/assessments\/[^/]+$/);
const aurl = leader.url();
await leader.goto(aurl + '/ledger'); await leader.screenshot({ path: '/tmp/shot-ledger.png' });
await leader.goto(aurl + '/findings/new'); await leader.screenshot({ path: '/tmp/shot-new.png', fullPage: true });
const fk = await as('fengkai', { width: 360, height: 780 });
await fk.goto(base + '/findings'); await fk.screenshot({ path: '/tmp/shot-fk-list.png', fullPage: false });
await fk.goto(base + '/findings/' + fid); await fk.screenshot({ path: '/tmp/shot-fk-detail.png', fullPage: true });
await leader.goto(base + '/findings/' + fid); await leader.screenshot({ path: '/tmp/shot-leader-detail.png', fullPage: true });
await browser.close();
