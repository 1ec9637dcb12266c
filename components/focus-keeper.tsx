'use client';

// Keeps keyboard focus on the page when the element that had it goes away: a confirm button that
// closes, a step that disappears once decided, a form re-rendered after router.refresh(). Without
// this the browser drops focus to <body> and a keyboard or screen-reader user starts again from the
// top. A control that was only disabled while its action ran gets focus back once enabled; a removed
// one hands it to the nearest message (status or alert) or heading in what is left around it, else
// to the page's main heading. Mounted once, in the root layout, so every page has it.
import { useEffect } from 'react';

const MESSAGES = '[role="status"], [role="alert"], output';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, legend';
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';

type Focused = { element: HTMLElement; ancestors: HTMLElement[]; disabled?: boolean };

export function FocusKeeper() {
  useEffect(() => {
    let last: Focused | null = null;

    function onFocusIn(event: FocusEvent) {
      if (!(event.target instanceof HTMLElement)) return;
      const ancestors: HTMLElement[] = [];
      for (let node = event.target.parentElement; node && node !== document.body; node = node.parentElement) ancestors.push(node);
      last = { element: event.target, ancestors };
    }

    function onFocusOut(event: FocusEvent) {
      const left = event.target;
      if (event.relatedTarget !== null || !(left instanceof HTMLElement)) return;
      if (last?.element === left && left.matches(':disabled')) last.disabled = true;
      // Chrome also fires this while removing the element, still attached: decide after the removal
      // (and after the observer below has run). Still there and usable: focus left on purpose (a
      // click elsewhere on the page, another window), so there is nothing to restore.
      setTimeout(() => {
        if (last?.element === left && left.isConnected && !left.matches(':disabled')) last = null;
      });
    }

    const observer = new MutationObserver(() => {
      if (!last || (document.activeElement !== null && document.activeElement !== document.body)) return;
      const { element, ancestors } = last;
      if (element.isConnected && element.matches(':disabled')) {
        last.disabled = true; // its action is running: wait until it is enabled again, or goes
        return;
      }
      if (element.isConnected && !last.disabled) return;
      const target = element.isConnected ? element : replacementFor(ancestors);
      if (!target) return;
      if (!target.matches(FOCUSABLE)) target.setAttribute('tabindex', '-1');
      target.focus();
    });

    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
      observer.disconnect();
    };
  }, []);
  return null;
}

function shown(element: HTMLElement): boolean {
  return element.getClientRects().length > 0 && (element.textContent ?? '').trim() !== '';
}

/** The nearest message, else heading, inside the closest ancestor still on the page; else the main heading. */
function replacementFor(ancestors: readonly HTMLElement[]): HTMLElement | null {
  for (const ancestor of ancestors) {
    if (!ancestor.isConnected) continue;
    const message = [...ancestor.querySelectorAll<HTMLElement>(MESSAGES)].find(shown);
    if (message) return message;
    const heading = [...ancestor.querySelectorAll<HTMLElement>(HEADINGS)].find(shown);
    if (heading) return heading;
  }
  return document.querySelector<HTMLElement>('main h1') ?? document.querySelector<HTMLElement>('h1') ?? document.querySelector<HTMLElement>('main');
}
