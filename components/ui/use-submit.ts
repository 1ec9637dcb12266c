'use client';

// Calling a server action from a form: pending state, the failure message and the
// per-field errors. The caller's inputs are never touched, so a failure keeps them.
// `refresh()` reloads the page's data after a success and keeps `pending` until the page shows it: a step
// button pressed again on the version from before would only meet a conflict.
import { useState, useTransition } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import type { ActionResult, FieldErrors } from '@/lib/app-error';
import { SERVER_ACTION_BODY_LIMIT_MB } from '@/lib/body-limits';

export type SubmitFailure = { code: string; message: string; fieldErrors: FieldErrors };

export function useSubmit() {
  const t = useTranslations('errors');
  const router = useRouter();
  const [saving, setPending] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [failure, setFailure] = useState<SubmitFailure | null>(null);

  /** Runs the call; resolves to the data on success and to null after recording the failure. */
  async function submit<R>(call: () => Promise<ActionResult<R>>): Promise<R | null> {
    setPending(true);
    setFailure(null);
    try {
      const result = await call();
      if (result.ok) return result.data;
      setFailure({ code: result.code, message: result.message, fieldErrors: result.fieldErrors ?? {} });
    } catch (error) {
      // The server refused a body over the limit (lib/server/oversize-action.ts) with this message.
      const tooLarge = t('bodyTooLarge', { max: SERVER_ACTION_BODY_LIMIT_MB });
      if (error instanceof Error && error.message === tooLarge) setFailure({ code: 'INVALID_INPUT', message: tooLarge, fieldErrors: {} });
      // Otherwise the request itself failed (network, server restart): nothing was saved.
      else setFailure({ code: 'INTERNAL', message: t('INTERNAL'), fieldErrors: {} });
    } finally {
      setPending(false);
    }
    return null;
  }

  const refresh = () => startRefresh(() => router.refresh());
  return { pending: saving || refreshing, failure, submit, refresh, clearFailure: () => setFailure(null) };
}
