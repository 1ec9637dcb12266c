// The accessibility scan: every page of the authorization matrix, each once by the first caller that may
// open it (scripts/test/accessibility-scan.ts scanPlan), is checked by axe-core against WCAG 2.1 A and AA in both
// interface languages; a serious or critical violation fails the page's test with one line per rule
// naming the page and the elements. Each page is loaded once per language and checked at desktop
// width and at 360 px, where the page itself must not scroll sideways (wide content scrolls inside
// its own container). To keep the run short, axe runs at desktop width in Chinese and at 360 px in
// English (the longer labels, and the width at which tables overflow); the sideways check runs at
// 360 px in both. Each caller signs in once and reuses one browser page; the language is the cookie
// lib/i18n/request.ts reads.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { blockingViolations, scanPlan } from '../scripts/test/accessibility-scan';
import { signIn } from './support/auth';
import { demoIds, pathOf, type DemoIds } from './support/demo-pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const DESKTOP = { label: 'desktop', width: 1280, height: 800 };
const PHONE = { label: '360 px', width: 360, height: 740 };
/** Per language, the width axe runs at; the sideways check is at 360 px in both. */
const PASSES = [
  { locale: 'zh-CN', axeAt: DESKTOP },
  { locale: 'en', axeAt: PHONE },
] as const;
const PLAN = scanPlan();

// The failure message names every problem; traces and screenshots of 150 pages would only slow the run.
test.use({ trace: 'off', screenshot: 'off' });

let ids: DemoIds;
test.beforeAll(async () => {
  ids = await demoIds();
});

/** How far the page scrolls sideways beyond the viewport, in CSS pixels. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

for (const [caller, targets] of PLAN) {
  test.describe(`as ${caller}`, () => {
    let context: BrowserContext;
    let page: Page;

    test.beforeAll(async ({ browser, baseURL }) => {
      test.setTimeout(90_000);
      context = await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      page = await context.newPage();
      if (caller !== 'anonymous') await signIn(page, caller, undefined, { timeout: 60_000 });
    });

    test.afterAll(async () => {
      await context?.close();
    });

    for (const target of targets) {
      test(target.key, async ({ baseURL }) => {
        test.setTimeout(120_000);
        const path = pathOf(target.key, ids, target.record);
        const problems: string[] = [];
        for (const { locale, axeAt } of PASSES) {
          await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL! }]);
          await page.setViewportSize(axeAt);
          const response = await page.goto(path);
          expect(response?.status(), `${path} as ${caller}`).toBeLessThan(400);
          const where = (size: typeof DESKTOP) => `${path} [${locale}, ${size.label}]`;
          const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
          problems.push(...blockingViolations(results.violations, where(axeAt)));
          await page.setViewportSize(PHONE);
          // Content that follows the width (charts) settles a moment after the resize.
          let overflow = await sidewaysOverflow(page);
          for (let i = 0; overflow > 0 && i < 10; i++) {
            await page.waitForTimeout(200);
            overflow = await sidewaysOverflow(page);
          }
          if (overflow > 0) problems.push(`${where(PHONE)}: the page scrolls sideways by ${overflow} px`);
        }
        expect(problems, `accessibility problems as ${caller}:\n${problems.join('\n')}`).toEqual([]);
      });
    }
  });
}
