'use server';
// Validation-rule server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { ZCreateRuleInput, ZMoveRuleInput, ZRemoveRuleInput, ZUpdateRuleInput } from '@/modules/validation-rules/schema';
import { createRule, moveRule, removeRule, updateRule } from '@/modules/validation-rules/mutations';

export const createRuleAction = action({
  schema: ZCreateRuleInput,
  permission: 'campaign.manage',
  run: createRule,
  revalidate: ['/campaigns'],
});

export const updateRuleAction = action({
  schema: ZUpdateRuleInput,
  permission: 'campaign.manage',
  run: updateRule,
  revalidate: ['/campaigns'],
});

export const removeRuleAction = action({
  schema: ZRemoveRuleInput,
  permission: 'campaign.manage',
  run: removeRule,
  revalidate: ['/campaigns'],
});

export const moveRuleAction = action({
  schema: ZMoveRuleInput,
  permission: 'campaign.manage',
  run: moveRule,
  revalidate: ['/campaigns'],
});
