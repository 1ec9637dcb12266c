'use server';
// Group server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { createGroup, deleteGroup, updateGroup } from '@/modules/groups/mutations';
import { addMember, addNewMember, removeMember, setLeader } from '@/modules/groups/member-mutations';
import { assignTarget, unassignTarget } from '@/modules/groups/target-mutations';
import {
  ZAddNewMemberInput,
  ZAssignTargetInput,
  ZCreateGroupInput,
  ZDeleteGroupInput,
  ZGroupPersonInput,
  ZUnassignTargetInput,
  ZUpdateGroupInput,
} from '@/modules/groups/schema';

// Groups show on the campaign pages, the home page and every assessment page.
const REVALIDATE = ['/'];

export const createGroupAction = action({ schema: ZCreateGroupInput, permission: 'group.manage', run: createGroup, revalidate: REVALIDATE });
export const updateGroupAction = action({ schema: ZUpdateGroupInput, permission: 'group.manage', run: updateGroup, revalidate: REVALIDATE });
export const deleteGroupAction = action({ schema: ZDeleteGroupInput, permission: 'group.manage', run: deleteGroup, revalidate: REVALIDATE });
export const setLeaderAction = action({ schema: ZGroupPersonInput, permission: 'group.manage', run: setLeader, revalidate: REVALIDATE });
export const addMemberAction = action({ schema: ZGroupPersonInput, permission: 'group.manage', run: addMember, revalidate: REVALIDATE });
export const addNewMemberAction = action({ schema: ZAddNewMemberInput, permission: 'group.manage', run: addNewMember, revalidate: REVALIDATE });
export const removeMemberAction = action({ schema: ZGroupPersonInput, permission: 'group.manage', run: removeMember, revalidate: REVALIDATE });
export const assignTargetAction = action({ schema: ZAssignTargetInput, permission: 'group.manage', run: assignTarget, revalidate: REVALIDATE });
export const unassignTargetAction = action({ schema: ZUnassignTargetInput, permission: 'group.manage', run: unassignTarget, revalidate: REVALIDATE });
