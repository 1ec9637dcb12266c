'use client';

// A form that saves a record in place: useSubmit, a "saved" notice from a successful save until
// the next attempt, and the page's data read again after the save.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import type { ActionResult } from '@/lib/app-error';
import { useSubmit } from '@/components/ui/use-submit';

export function useSave() {
  const router = useRouter();
  const { pending, failure, submit } = useSubmit();
  const [saved, setSaved] = useState(false);

  /** Runs the save; on success `then` records what was saved (a draft's new version), the notice shows and the page refreshes. */
  async function save<R>(call: () => Promise<ActionResult<R>>, then?: (data: R) => void): Promise<void> {
    setSaved(false);
    const done = await submit(call);
    if (done === null) return;
    then?.(done);
    setSaved(true);
    router.refresh();
  }

  return { pending, failure, errors: failure?.fieldErrors ?? {}, saved: saved && !pending, save, submit };
}
