// TEMP stand-in for the results contract (the village checks helper provides the real one).
export const VILLAGE_RULES_VERSION = 'stand-in-villages-v0';

export function villageVerdict(failedItemCodes: readonly string[]): { meetsExitConditions: boolean; failedItemCodes: string[] } {
  return { meetsExitConditions: failedItemCodes.length === 0, failedItemCodes: [...failedItemCodes] };
}
