// TEMP stand-in for the results contract (helper 1 provides the real one).
export const OUTCOME_RULES_VERSION = 'stand-in-outcomes-v0';

export type HouseholdOutcome = { meetsExitStandard: boolean; recognises: boolean };

export function householdOutcome(input: { meetsExitStandard: boolean; recognises: boolean }): HouseholdOutcome {
  return { meetsExitStandard: input.meetsExitStandard, recognises: input.recognises };
}
