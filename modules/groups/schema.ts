// Inputs for group writes (groups, leader and members, target regions), shared by forms and server.
import { z } from 'zod';
import { zVersion } from '@/lib/zod-numbers';
import { ZCreatePersonInput } from '@/modules/users/schema';

const ZId = z.string().min(1).max(100);
const ZVersion = zVersion();

const ZGroupFields = z.object({
  number: z.coerce.number().int().min(1).max(999),
  name: z.string().trim().min(1).max(100),
});

export const ZCreateGroupInput = ZGroupFields.extend({ campaignId: ZId });
export type TCreateGroupInput = z.input<typeof ZCreateGroupInput>;

export const ZUpdateGroupInput = ZGroupFields.extend({ id: ZId, version: ZVersion });
export type TUpdateGroupInput = z.input<typeof ZUpdateGroupInput>;

export const ZDeleteGroupInput = z.object({ id: ZId, version: ZVersion });

/** Set the leader, add a member or remove a person from the group. */
export const ZGroupPersonInput = z.object({ groupId: ZId, userId: ZId });
export type TGroupPersonInput = z.input<typeof ZGroupPersonInput>;

/** Create a new person and add them to the group as a member, in one step. */
export const ZAddNewMemberInput = ZCreatePersonInput.extend({ groupId: ZId });
export type TAddNewMemberInput = z.input<typeof ZAddNewMemberInput>;

export const ZAssignTargetInput = z.object({ groupId: ZId, regionId: ZId });
export type TAssignTargetInput = z.input<typeof ZAssignTargetInput>;

export const ZUnassignTargetInput = z.object({ assessmentId: ZId, version: ZVersion });
