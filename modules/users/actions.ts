'use server';
// User administration server actions: each one is the guarded wrapper around a mutation.
import { action } from '@/lib/server/action';
import { createUser, deactivateUser, reactivateUser, resetPassword, updateUser } from '@/modules/users/mutations';
import { addRole, removeRole } from '@/modules/users/role-mutations';
import { ZAddRoleInput, ZCreateUserInput, ZRemoveRoleInput, ZUpdateUserInput, ZUserIdInput } from '@/modules/users/schema';

// People show on the user pages and, through group roles, on the group and home pages.
const REVALIDATE = ['/'];

export const createUserAction = action({ schema: ZCreateUserInput, permission: 'user.manage', run: createUser, revalidate: REVALIDATE });
export const updateUserAction = action({ schema: ZUpdateUserInput, permission: 'user.manage', run: updateUser, revalidate: REVALIDATE });
export const deactivateUserAction = action({ schema: ZUserIdInput, permission: 'user.manage', run: deactivateUser, revalidate: REVALIDATE });
export const reactivateUserAction = action({ schema: ZUserIdInput, permission: 'user.manage', run: reactivateUser, revalidate: REVALIDATE });
export const resetPasswordAction = action({ schema: ZUserIdInput, permission: 'user.manage', run: resetPassword, revalidate: REVALIDATE });
export const addRoleAction = action({ schema: ZAddRoleInput, permission: 'user.manage', run: addRole, revalidate: REVALIDATE });
export const removeRoleAction = action({ schema: ZRemoveRoleInput, permission: 'user.manage', run: removeRole, revalidate: REVALIDATE });
