import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VILLAGE_RULES_VERSION, villageVerdict, type VillageRuleAnswer, type VillageRuleItem } from '@/modules/checks/village-rules';

const yes = (code: string): VillageRuleItem => ({ id: code.toLowerCase(), code, answerType: 'YES_NO', expected: 'YES' });
const EIGHT = ['ROAD', 'POWER', 'WATER', 'CLINIC', 'CULTURE', 'BROADBAND', 'COLLECTIVE-INCOME', 'SERVICE-STATION'].map(yes);
const income: VillageRuleItem = { id: 'income', code: 'INCOME', answerType: 'NUMBER', expected: '50000' };
const remark: VillageRuleItem = { id: 'remark', code: 'REMARK', answerType: 'TEXT', expected: null };
const bool = (valueBool: boolean | null): VillageRuleAnswer => ({ valueBool, valueNumber: null, valueText: null });
const allYes = Object.fromEntries(EIGHT.map((i) => [i.id, bool(true)]));

describe('village verdict', () => {
  it('meets the exit conditions when all eight are yes, and carries its version', () => {
    expect(villageVerdict(EIGHT, allYes)).toEqual({ rulesVersion: VILLAGE_RULES_VERSION, meetsExitConditions: true, failedItemCodes: [], unansweredItemCodes: [] });
  });

  it('fails on the items answered against the expectation, in the template order', () => {
    const answers = { ...allYes, 'collective-income': bool(false), broadband: bool(false) };
    expect(villageVerdict(EIGHT, answers)).toMatchObject({ meetsExitConditions: false, failedItemCodes: ['BROADBAND', 'COLLECTIVE-INCOME'] });
  });

  it('is not decided while an expected item is unanswered or has only a note', () => {
    const { water: _dropped, ...rest } = allYes;
    expect(villageVerdict(EIGHT, rest)).toMatchObject({ meetsExitConditions: null, failedItemCodes: [], unansweredItemCodes: ['WATER'] });
    expect(villageVerdict(EIGHT, { ...allYes, road: bool(null) })).toMatchObject({ meetsExitConditions: null, unansweredItemCodes: ['ROAD'] });
  });

  it('fails even with unanswered items once one item fails', () => {
    expect(villageVerdict(EIGHT, { road: bool(false) })).toMatchObject({ meetsExitConditions: false, failedItemCodes: ['ROAD'], unansweredItemCodes: EIGHT.slice(1).map((i) => i.code) });
  });

  it('reads expected NO, numbers at or above the expected value, and ignores items without an expectation', () => {
    const noDebt: VillageRuleItem = { id: 'debt', code: 'DEBT', answerType: 'YES_NO', expected: 'NO' };
    const items = [noDebt, income, remark];
    const answer = (debt: boolean, amount: string) => ({ debt: bool(debt), income: { valueBool: null, valueNumber: amount, valueText: null } });
    expect(villageVerdict(items, answer(false, '50000')).meetsExitConditions).toBe(true);
    expect(villageVerdict(items, answer(false, '49999.99')).failedItemCodes).toEqual(['INCOME']);
    expect(villageVerdict(items, answer(true, '80000')).failedItemCodes).toEqual(['DEBT']);
  });

  it('meets the conditions exactly when every expected item is answered yes (property)', () => {
    const choice = fc.constantFrom<boolean | null | undefined>(true, false, null, undefined);
    fc.assert(
      fc.property(fc.array(choice, { minLength: 8, maxLength: 8 }), (choices) => {
        const answers = Object.fromEntries(choices.flatMap((c, i) => (c === undefined ? [] : [[EIGHT[i]!.id, bool(c)]])));
        const verdict = villageVerdict(EIGHT, answers);
        const failed = choices.filter((c) => c === false).length;
        const open = choices.filter((c) => c === null || c === undefined).length;
        expect(verdict.failedItemCodes).toHaveLength(failed);
        expect(verdict.unansweredItemCodes).toHaveLength(open);
        expect(verdict.meetsExitConditions).toBe(failed > 0 ? false : open > 0 ? null : true);
      }),
    );
  });
});
