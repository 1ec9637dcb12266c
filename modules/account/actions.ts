'use server';

import { action } from '@/lib/server/action';
import { changeOwnPassword, signOutEverywhere, updateOwnEmail } from '@/modules/account/mutations';
import { ZChangePasswordInput, ZSignOutEverywhereInput, ZUpdateOwnEmailInput } from '@/modules/account/schema';

export const changeOwnPasswordAction = action({
  schema: ZChangePasswordInput,
  permission: 'account.self',
  run: changeOwnPassword,
  revalidate: ['/account'],
});

export const updateOwnEmailAction = action({
  schema: ZUpdateOwnEmailInput,
  permission: 'account.self',
  run: updateOwnEmail,
  revalidate: ['/account'],
});

export const signOutEverywhereAction = action({
  schema: ZSignOutEverywhereInput,
  permission: 'account.self',
  run: (ctx) => signOutEverywhere(ctx),
});
