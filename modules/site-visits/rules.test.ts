import { describe, expect, it } from 'vitest';
import {
  assertCancellable,
  assertHouseholdsEditable,
  assertVisitEditable,
  assertVisitTransition,
  canSeeHouseholds,
  nextVisitStatus,
  SITE_VISIT_STATUS_ORDER,
} from '@/modules/site-visits/rules';

const code = (fn: () => void) => {
  try {
    fn();
    return 'OK';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('site visit lifecycle', () => {
  it('moves only forward, one step at a time', () => {
    const allowed = SITE_VISIT_STATUS_ORDER.flatMap((from) => SITE_VISIT_STATUS_ORDER.filter((to) => code(() => assertVisitTransition(from, to)) === 'OK').map((to) => `${from}→${to}`));
    expect(allowed).toEqual(['PLANNED→IN_PROGRESS', 'IN_PROGRESS→DONE']);
    expect(code(() => assertVisitTransition('DONE', 'PLANNED'))).toBe('RULE_VIOLATION');
    expect(SITE_VISIT_STATUS_ORDER.map(nextVisitStatus)).toEqual(['IN_PROGRESS', 'DONE', null]);
  });

  it('locks what changes as the visit goes on', () => {
    expect(SITE_VISIT_STATUS_ORDER.map((s) => code(() => assertVisitEditable(s)))).toEqual(['OK', 'OK', 'RULE_VIOLATION']);
    expect(SITE_VISIT_STATUS_ORDER.map((s) => code(() => assertHouseholdsEditable(s)))).toEqual(['OK', 'RULE_VIOLATION', 'RULE_VIOLATION']);
    expect(SITE_VISIT_STATUS_ORDER.map((s) => code(() => assertCancellable(s)))).toEqual(['OK', 'RULE_VIOLATION', 'RULE_VIOLATION']);
  });

  it('shows households to the region only once the visit is done', () => {
    expect(SITE_VISIT_STATUS_ORDER.map((s) => canSeeHouseholds(false, s))).toEqual([false, false, true]);
    expect(SITE_VISIT_STATUS_ORDER.map((s) => canSeeHouseholds(true, s))).toEqual([true, true, true]);
  });
});
