'use server';
// Draw server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { createDraw, verifyDrawRecord } from '@/modules/draws/mutations';
import { ZCreateDrawInput, ZVerifyDrawInput } from '@/modules/draws/schema';

export const createDrawAction = action({ schema: ZCreateDrawInput, permission: 'group.manage', run: createDraw, revalidate: ['/'] });

// Anyone who may read campaigns may re-run a recorded draw: the record is the proof.
export const verifyDrawAction = action({ schema: ZVerifyDrawInput, permission: 'campaign.read', run: verifyDrawRecord });
