// Wraps a server action in the guarded path. Every export of a 'use server' file is
// `export const x = action({...})` (enforced by scripts/check-server-actions.mjs).
import { revalidatePath } from 'next/cache';
import type { z } from 'zod';
import type { ActionResult } from '@/lib/app-error';
import { runGuarded, type GuardedDefinition } from '@/lib/server/guarded';

// The schema each wrapped action parses, for tooling that derives inputs from it (the
// hostile-input test); kept beside the function rather than on it, so the export stays a plain
// async function as 'use server' requires.
const INPUT_SCHEMAS = new WeakMap<object, z.ZodType>();

export function action<S extends z.ZodType, R>(
  def: GuardedDefinition<S, R> & { revalidate?: string[] },
): (input: z.input<S> | FormData) => Promise<ActionResult<R>> {
  const wrapped = async (input: z.input<S> | FormData) => {
    const raw = input instanceof FormData ? Object.fromEntries(input) : input;
    const result = await runGuarded(def, raw);
    if (result.ok) for (const path of def.revalidate ?? []) revalidatePath(path, 'layout');
    return result;
  };
  INPUT_SCHEMAS.set(wrapped, def.schema);
  return wrapped;
}

/** The input schema of a function made by action(), or null for anything else. */
export function inputSchemaOf(fn: unknown): z.ZodType | null {
  return typeof fn === 'function' ? (INPUT_SCHEMAS.get(fn) ?? null) : null;
}
