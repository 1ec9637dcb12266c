'use server';
// Indicator framework server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import {
  ZCopyFrameworkInput,
  ZCreateIndicatorInput,
  ZMoveIndicatorInput,
  ZRemoveIndicatorInput,
  ZUpdateIndicatorInput,
} from '@/modules/indicators/schema';
import { createIndicator, removeIndicator, updateIndicator } from '@/modules/indicators/mutations';
import { copyFramework, moveIndicator } from '@/modules/indicators/framework-mutations';

export const createIndicatorAction = action({
  schema: ZCreateIndicatorInput,
  permission: 'campaign.manage',
  run: createIndicator,
  revalidate: ['/campaigns'],
});

export const updateIndicatorAction = action({
  schema: ZUpdateIndicatorInput,
  permission: 'campaign.manage',
  run: updateIndicator,
  revalidate: ['/campaigns'],
});

export const removeIndicatorAction = action({
  schema: ZRemoveIndicatorInput,
  permission: 'campaign.manage',
  run: removeIndicator,
  revalidate: ['/campaigns'],
});

export const moveIndicatorAction = action({
  schema: ZMoveIndicatorInput,
  permission: 'campaign.manage',
  run: moveIndicator,
  revalidate: ['/campaigns'],
});

export const copyFrameworkAction = action({
  schema: ZCopyFrameworkInput,
  permission: 'campaign.manage',
  run: copyFramework,
  revalidate: ['/campaigns'],
});
