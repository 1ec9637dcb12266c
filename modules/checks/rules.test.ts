import { describe, expect, it } from 'vitest';
import {
  answerProblems,
  assertCheckRecordable,
  checkFlags,
  isTooShort,
  missesExpected,
  readFlags,
  resolveSubmission,
  type AnswerValue,
  type CheckItem,
} from '@/modules/checks/rules';

const answer = (value: Partial<AnswerValue>): AnswerValue => ({ valueBool: null, valueNumber: null, valueText: null, note: null, ...value });
const food: CheckItem = { id: 'food', answerType: 'YES_NO', expected: 'YES' };
const debt: CheckItem = { id: 'debt', answerType: 'YES_NO', expected: 'NO' };
const income: CheckItem = { id: 'income', answerType: 'NUMBER', expected: '7365' };
const remark: CheckItem = { id: 'remark', answerType: 'TEXT', expected: null };

describe('duration flag', () => {
  it('flags a check shorter than the minimum, not one of exactly the minimum', () => {
    expect(isTooShort(299, 300)).toBe(true);
    expect(isTooShort(300, 300)).toBe(false);
    expect(isTooShort(0, 0)).toBe(false);
  });

  it('is part of the stored flags with the minimum it was measured against', () => {
    expect(checkFlags({ durationSeconds: 120, minimumSeconds: 300 }, [], {})).toEqual({ tooShort: true, minimumSeconds: 300, missedItemIds: [] });
  });
});

describe('expected-value misses', () => {
  it('compares yes-no answers with the expected answer', () => {
    expect(missesExpected(food, answer({ valueBool: false }))).toBe(true);
    expect(missesExpected(food, answer({ valueBool: true }))).toBe(false);
    expect(missesExpected(debt, answer({ valueBool: true }))).toBe(true);
  });

  it('treats a number expectation as a minimum', () => {
    expect(missesExpected(income, answer({ valueNumber: '7364.99' }))).toBe(true);
    expect(missesExpected(income, answer({ valueNumber: '7365' }))).toBe(false);
    expect(missesExpected(income, answer({ valueNumber: '11000' }))).toBe(false);
  });

  it('is never a miss when nothing is expected or nothing was answered', () => {
    expect(missesExpected(remark, answer({ valueText: '房屋刚翻新' }))).toBe(false);
    expect(missesExpected(food, undefined)).toBe(false);
    expect(missesExpected(food, answer({ note: '户主外出' }))).toBe(false);
  });

  it('lists the missed items in the flags, in the items’ order', () => {
    const flags = checkFlags({ durationSeconds: 900, minimumSeconds: 300 }, [food, income, remark], {
      income: answer({ valueNumber: '5000' }),
      food: answer({ valueBool: false }),
      remark: answer({ valueText: '无' }),
    });
    expect(flags).toEqual({ tooShort: false, minimumSeconds: 300, missedItemIds: ['food', 'income'] });
  });

  it('reads stored flags defensively', () => {
    expect(readFlags(null)).toEqual({ tooShort: false, minimumSeconds: 0, missedItemIds: [] });
    expect(readFlags({ tooShort: true, minimumSeconds: 300, missedItemIds: ['a', 3] })).toEqual({ tooShort: true, minimumSeconds: 300, missedItemIds: ['a'] });
  });
});

describe('answers against the template', () => {
  it('accepts values of the item’s type, and a note alone', () => {
    expect(answerProblems([food, income, remark], { food: answer({ valueBool: true }), income: answer({ note: '拒绝回答' }), remark: answer({ valueText: '好' }) })).toEqual([]);
  });

  it('names unknown items, values of the wrong type and empty answers', () => {
    expect(
      answerProblems([food, income], {
        other: answer({ valueBool: true }),
        food: answer({ valueNumber: '1' }),
        income: answer({}),
      }),
    ).toEqual([
      { itemId: 'other', reason: 'unknownItem' },
      { itemId: 'food', reason: 'wrongType' },
      { itemId: 'income', reason: 'empty' },
    ]);
    expect(answerProblems([income], { income: answer({ valueNumber: '1e9' }) })).toEqual([{ itemId: 'income', reason: 'wrongType' }]);
  });
});

describe('submission keys', () => {
  const mine = { assessorId: 'u1', siteVisitId: 'v1', householdId: 'h1' };

  it('creates a check for a key never seen', () => {
    expect(resolveSubmission(null, mine)).toBe('create');
  });

  it('replays the same assessor’s retry of the same check', () => {
    expect(resolveSubmission({ ...mine }, mine)).toBe('replay');
  });

  it('refuses a key used for another household, visit or assessor', () => {
    expect(resolveSubmission({ ...mine, householdId: 'h2' }, mine)).toBe('conflict');
    expect(resolveSubmission({ ...mine, siteVisitId: 'v2' }, mine)).toBe('conflict');
    expect(resolveSubmission({ ...mine, assessorId: 'u2' }, mine)).toBe('conflict');
  });

  it('tells village checks apart by their village, and from household checks', () => {
    const village = { assessorId: 'u1', siteVisitId: 'v1', householdId: null, villageId: 'vil1' };
    expect(resolveSubmission({ ...village }, village)).toBe('replay');
    expect(resolveSubmission({ ...village, villageId: 'vil2' }, village)).toBe('conflict');
    expect(resolveSubmission({ ...village }, { ...village, householdId: 'h1', villageId: null })).toBe('conflict');
  });
});

describe('when a visit takes checks', () => {
  it('refuses checks before the visit has started and after it is done', () => {
    expect(() => assertCheckRecordable('PLANNED')).toThrow();
    expect(() => assertCheckRecordable('IN_PROGRESS')).not.toThrow();
    // A visit marked done takes no more checks until the leader reopens it.
    expect(() => assertCheckRecordable('DONE')).toThrow(/visitDone/);
  });
});
