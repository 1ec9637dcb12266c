import { describe, expect, it } from 'vitest';
import { buildPayload, draftProblems, type PayloadItem } from '@/components/checks/check-payload';
import { EMPTY_ANSWER, newSubmissionKey, type CheckDraft } from '@/components/checks/check-draft';

const items: PayloadItem[] = [
  { id: 'food', answerType: 'YES_NO' },
  { id: 'income', answerType: 'NUMBER' },
  { id: 'remark', answerType: 'TEXT' },
];
const started = Date.UTC(2019, 1, 18, 2, 0, 0);
const draft = (answers: CheckDraft['answers']): CheckDraft => ({
  submissionKey: 'f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  templateId: 'tpl',
  startedAt: started,
  savedAt: started,
  answers,
  photoIds: [],
  refusal: null,
});
const target = { visitId: 'visit', subject: { householdId: 'hh', villageId: null }, items };

describe('buildPayload', () => {
  it('sends typed values per answer type and leaves unanswered items out', () => {
    const payload = buildPayload(
      draft({ food: { ...EMPTY_ANSWER, choice: 'NO', note: ' 米缸见底 ' }, income: { ...EMPTY_ANSWER, number: ' 6800 ' }, remark: EMPTY_ANSWER }),
      target,
      started + 420_000,
      null,
    );
    expect(payload.answers).toEqual({
      food: { valueBool: false, valueNumber: null, valueText: null, note: '米缸见底' },
      income: { valueBool: null, valueNumber: '6800', valueText: null, note: null },
    });
    expect(payload).toMatchObject({ siteVisitId: 'visit', householdId: 'hh', templateId: 'tpl', durationSeconds: 420, position: null });
  });

  it('sends a village check with the village and no household', () => {
    const payload = buildPayload(draft({}), { visitId: 'visit', subject: { householdId: null, villageId: 'vil' }, items }, started, null);
    expect(payload).toMatchObject({ householdId: null, villageId: 'vil' });
  });

  it('measures the duration from opening the form, never negative when the clock went back', () => {
    expect(buildPayload(draft({}), target, started + 299_600, null).durationSeconds).toBe(300);
    expect(buildPayload(draft({}), target, started - 5_000, null)).toMatchObject({ durationSeconds: 0, finishedAt: new Date(started).toISOString() });
  });

  it('keeps the submission key of the draft, so a retry is recognised as the same check', () => {
    const d = draft({ food: { ...EMPTY_ANSWER, choice: 'YES' } });
    const first = buildPayload(d, target, started + 1000, null);
    const retry = buildPayload(d, target, started + 90_000, { latitude: 23.43, longitude: 111.51, accuracy: 12 });
    expect(retry.submissionKey).toBe(first.submissionKey);
  });
});

describe('newSubmissionKey', () => {
  it('makes a fresh v4 UUID each time', () => {
    const a = newSubmissionKey();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newSubmissionKey()).not.toBe(a);
  });
});

describe('draftProblems', () => {
  it('names numbers that are not decimals and a check with no answer at all', () => {
    expect(draftProblems(draft({ income: { ...EMPTY_ANSWER, number: '七千' } }), items)).toEqual({ numbers: ['income'], empty: false });
    expect(draftProblems(draft({ food: EMPTY_ANSWER }), items)).toEqual({ numbers: [], empty: true });
    expect(draftProblems(draft({ remark: { ...EMPTY_ANSWER, note: '户主外出务工' } }), items)).toEqual({ numbers: [], empty: false });
  });
});
