import { describe, expect, it } from 'vitest';
import { householdOutcome, readOutcome, type OutcomeAnswer, type OutcomeItem } from '@/modules/results/outcome-rules';

const standard = (code: string): OutcomeItem => ({ id: code, code, outcomeRole: 'EXIT_STANDARD', answerType: 'YES_NO', expected: 'YES' });
const ITEMS: OutcomeItem[] = [
  standard('FOOD'),
  standard('HOUSING'),
  { id: 'INCOME', code: 'INCOME', outcomeRole: 'INCOME', answerType: 'NUMBER', expected: '7365' },
  { id: 'RECOGNITION', code: 'RECOGNITION', outcomeRole: 'RECOGNITION', answerType: 'YES_NO', expected: 'YES' },
  { id: 'REMARK', code: 'REMARK', outcomeRole: null, answerType: 'TEXT', expected: null },
];
const yes = { valueBool: true, valueNumber: null };
const no = { valueBool: false, valueNumber: null };
const income = (v: string) => ({ valueBool: null, valueNumber: v });
const ALL_GOOD: Record<string, OutcomeAnswer> = { FOOD: yes, HOUSING: yes, INCOME: income('8000'), RECOGNITION: yes };

const outcome = (status: Parameters<typeof householdOutcome>[0]['status'], answers: Record<string, OutcomeAnswer | undefined>, threshold = 7365) =>
  householdOutcome({ status, items: ITEMS, answers, exitIncomeThreshold: threshold });

describe('household outcome', () => {
  it('meets the standard when every exit item is as expected and income is at the threshold', () => {
    const o = outcome('PLANNED_EXIT', { ...ALL_GOOD, INCOME: income('7365') });
    expect(o).toMatchObject({ meetsStandard: true, failedItemCodes: [], recognises: true, wrongfulExit: false, missedEnrolment: false, incomePerCapita: 7365 });
    expect(o.rulesVersion).toBe('household-outcome-v1');
  });

  it('an unsafe house makes an exited household a wrongful exit', () => {
    const o = outcome('EXITED_THIS_YEAR', { ...ALL_GOOD, HOUSING: no });
    expect(o).toMatchObject({ meetsStandard: false, failedItemCodes: ['HOUSING'], wrongfulExit: true, missedEnrolment: false });
  });

  it('income one yuan below the campaign threshold fails, whatever the item expects', () => {
    expect(outcome('PLANNED_EXIT', { ...ALL_GOOD, INCOME: income('7364.99') })).toMatchObject({ meetsStandard: false, failedItemCodes: ['INCOME'], wrongfulExit: true });
    // The campaign's threshold decides, not the item's expected value.
    expect(outcome('PLANNED_EXIT', { ...ALL_GOOD, INCOME: income('7000') }, 6000)).toMatchObject({ meetsStandard: true, wrongfulExit: false });
  });

  it('a non-registered household below the standard is a missed enrolment; above it is not', () => {
    expect(outcome('NON_REGISTERED', { ...ALL_GOOD, INCOME: income('3000') })).toMatchObject({ missedEnrolment: true, wrongfulExit: false });
    expect(outcome('NON_REGISTERED', ALL_GOOD)).toMatchObject({ missedEnrolment: false, wrongfulExit: false });
  });

  it('a registered poor household below the standard is neither', () => {
    expect(outcome('REGISTERED_POOR', { ...ALL_GOOD, FOOD: no })).toMatchObject({ meetsStandard: false, wrongfulExit: false, missedEnrolment: false });
  });

  it('an unanswered needed item leaves the outcome unknown, unless another part already fails', () => {
    const unknown = outcome('PLANNED_EXIT', { ...ALL_GOOD, HOUSING: undefined });
    expect(unknown).toMatchObject({ meetsStandard: null, wrongfulExit: null, unansweredItemCodes: ['HOUSING'] });
    const noteOnly = outcome('NON_REGISTERED', { ...ALL_GOOD, INCOME: { valueBool: null, valueNumber: null } });
    expect(noteOnly).toMatchObject({ meetsStandard: null, missedEnrolment: null });
    const failing = outcome('PLANNED_EXIT', { ...ALL_GOOD, HOUSING: undefined, FOOD: no });
    expect(failing).toMatchObject({ meetsStandard: false, wrongfulExit: true, failedItemCodes: ['FOOD'], unansweredItemCodes: ['HOUSING'] });
  });

  it('recognition: yes, no, unanswered', () => {
    expect(outcome('PLANNED_EXIT', { ...ALL_GOOD, RECOGNITION: no }).recognises).toBe(false);
    expect(outcome('PLANNED_EXIT', { ...ALL_GOOD, RECOGNITION: undefined }).recognises).toBeNull();
    // Recognition does not enter the exit standard.
    expect(outcome('PLANNED_EXIT', { ...ALL_GOOD, RECOGNITION: no }).meetsStandard).toBe(true);
  });

  it('a template without an income item cannot decide that the standard is met', () => {
    const o = householdOutcome({ status: 'PLANNED_EXIT', items: [standard('FOOD')], answers: { FOOD: yes }, exitIncomeThreshold: 7365 });
    expect(o.meetsStandard).toBeNull();
    expect(householdOutcome({ status: 'PLANNED_EXIT', items: [standard('FOOD')], answers: { FOOD: no }, exitIncomeThreshold: 7365 }).meetsStandard).toBe(false);
  });

  it('reads back what it stores, and refuses other shapes', () => {
    const o = outcome('EXITED_THIS_YEAR', { ...ALL_GOOD, HOUSING: no });
    expect(readOutcome(JSON.parse(JSON.stringify(o)))).toEqual(o);
    expect(readOutcome(null)).toBeNull();
    expect(readOutcome({ rulesVersion: 'x', status: 'PLANNED_EXIT', meetsStandard: 'yes' })).toBeNull();
  });
});
