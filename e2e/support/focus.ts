// Keyboard focus after an action: it must stay on something on the page (the result, a heading,
// the control), never drop to <body>, where a keyboard or screen-reader user starts over.
import { expect, type Page } from '@playwright/test';

export async function expectFocusKept(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(() => (document.activeElement && document.activeElement !== document.body ? document.activeElement.tagName : 'BODY')), {
      message: 'focus dropped to the page body',
    })
    .not.toBe('BODY');
}
