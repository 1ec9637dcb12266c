'use server';
// Checklist template server actions (admins): each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { addItem, createTemplate, moveItem, removeItem, updateItem, updateTemplate } from '@/modules/checklists/mutations';
import { ZAddItemInput, ZCreateTemplateInput, ZMoveItemInput, ZRemoveItemInput, ZUpdateItemInput, ZUpdateTemplateInput } from '@/modules/checklists/schema';

const revalidate = ['/checklists'];

export const createTemplateAction = action({ schema: ZCreateTemplateInput, permission: 'campaign.manage', run: createTemplate, revalidate });

export const updateTemplateAction = action({ schema: ZUpdateTemplateInput, permission: 'campaign.manage', run: updateTemplate, revalidate });

export const addItemAction = action({ schema: ZAddItemInput, permission: 'campaign.manage', run: addItem, revalidate });

export const updateItemAction = action({ schema: ZUpdateItemInput, permission: 'campaign.manage', run: updateItem, revalidate });

export const removeItemAction = action({ schema: ZRemoveItemInput, permission: 'campaign.manage', run: removeItem, revalidate });

export const moveItemAction = action({ schema: ZMoveItemInput, permission: 'campaign.manage', run: moveItem, revalidate });
