// Wraps a server action in the guarded path. Every export of a 'use server' file is
// `export const x = action({...})` (enforced by scripts/check-server-actions.mjs).
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/app-error';
import { runGuarded, type GuardedDefinition } from '@/lib/server/guarded';

export function action<S extends z.ZodType, R>(
  def: GuardedDefinition<S, R> & { revalidate?: string[] },
): (input: z.input<S> | FormData) => Promise<ActionResult<R>> {
  return async (input) => {
    const raw = input instanceof FormData ? Object.fromEntries(input) : input;
    const result = await runGuarded(def, raw);
    if (result.ok) for (const path of def.revalidate ?? []) revalidatePath(path, 'layout');
    return result;
  };
}
