// The accessibility scan: every page a caller may open (the page rows of the authorization matrix,
// scripts/test/accessibility-scan.ts), in both interface languages, at desktop width and at 360 px,
// is checked by axe-core against WCAG 2.1 A and AA; a serious or critical violation fails the page's
// test with one line per rule naming the page and the elements. At 360 px the page itself must not
// scroll sideways (wide content scrolls inside its own container). Each caller signs in once and
// reuses one browser page; the language is the cookie lib/i18n/request.ts reads.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { MATRIX_ROLES } from '../scripts/test/authorization-matrix';
import { blockingViolations, scanTargets, type ScanCaller } from '../scripts/test/accessibility-scan';
import { signIn } from './support/auth';
import { demoIds, pathOf, type DemoIds } from './support/demo-pages';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LOCALES = ['zh-CN', 'en'] as const;
const WIDTHS = [
  { label: 'desktop', width: 1280, height: 800 },
  { label: '360 px', width: 360, height: 740 },
] as const;
const CALLERS: readonly ScanCaller[] = ['anonymous', ...MATRIX_ROLES];

let ids: DemoIds;
test.beforeAll(async () => {
  ids = await demoIds();
});

/** How far the page scrolls sideways beyond the viewport, in CSS pixels. */
function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) - window.innerWidth);
}

for (const caller of CALLERS) {
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

    for (const target of scanTargets(caller)) {
      test(target.key, async ({ baseURL }) => {
        test.setTimeout(120_000);
        const path = pathOf(target.key, ids, target.record);
        const problems: string[] = [];
        for (const locale of LOCALES) {
          await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL! }]);
          await page.setViewportSize(WIDTHS[0]);
          const response = await page.goto(path);
          expect(response?.status(), `${path} as ${caller}`).toBeLessThan(400);
          for (const size of WIDTHS) {
            await page.setViewportSize(size);
            const where = `${path} [${locale}, ${size.label}]`;
            const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
            problems.push(...blockingViolations(results.violations, where));
            if (size.width < 400) {
              const overflow = await sidewaysOverflow(page);
              if (overflow > 0) problems.push(`${where}: the page scrolls sideways by ${overflow} px`);
            }
          }
        }
        expect(problems, `accessibility problems as ${caller}:\n${problems.join('\n')}`).toEqual([]);
      });
    }
  });
}
