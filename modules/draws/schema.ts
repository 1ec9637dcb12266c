// Inputs of the draw actions, and the shape of a stored draw record (read back from JSON
// columns, so parsed rather than trusted).
import { z } from 'zod';

const ZId = z.string().min(1).max(100);

export const ZCreateDrawInput = z.object({
  campaignId: ZId,
  // Empty lists are refused by the draw itself, with its own message.
  groupIds: z.array(ZId).max(200),
  regionIds: z.array(ZId).max(2000),
  perGroup: z.coerce.number().int().min(1).max(5),
});
export type TCreateDrawInput = z.input<typeof ZCreateDrawInput>;

export const ZVerifyDrawInput = z.object({ drawId: ZId });

export const ZDrawRecordInputs = z.object({
  perGroup: z.number().int().min(1),
  groups: z.array(
    z.object({
      id: z.string(),
      number: z.number().int(),
      name: z.string(),
      members: z.array(z.object({ userId: z.string(), displayName: z.string(), homePath: z.string().nullable() })),
    }),
  ),
  candidates: z.array(z.object({ id: z.string(), name: z.string(), path: z.string() })),
  pairings: z.array(z.object({ helperPath: z.string(), helpedPath: z.string() })),
});

export const ZDrawRecordPairings = z.array(z.object({ groupId: z.string(), regionId: z.string() }));
