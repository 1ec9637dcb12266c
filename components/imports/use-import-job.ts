'use client';

// Follows an import job on the server: polls its state every second while it is queued or running
// (the job lives on the server, so a reload picks it up again), and asks it to cancel.
import { useCallback, useEffect, useState } from 'react';
import type { ImportJobView } from '@/modules/imports/view';

const POLL_MS = 1_000;
const isActive = (job: ImportJobView | null) => job?.state === 'QUEUED' || job?.state === 'RUNNING';

type Failure = { message: string };

export function useImportJob(initial: ImportJobView | null, onFinished: (job: ImportJobView) => void) {
  const [job, setJob] = useState<ImportJobView | null>(initial);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [cancelling, setCancelling] = useState(false);

  const load = useCallback(async (id: string): Promise<ImportJobView | null> => {
    const response = await fetch(`/api/imports/${encodeURIComponent(id)}`, { cache: 'no-store' });
    const body = (await response.json()) as { ok: true; data: ImportJobView } | { ok: false; message: string };
    if (!body.ok) throw new Error(body.message);
    return body.data;
  }, []);

  const jobId = job?.id;
  const active = isActive(job);
  useEffect(() => {
    if (!jobId || !active) return;
    let stopped = false;
    const timer = setInterval(() => {
      load(jobId)
        .then((next) => {
          if (stopped || !next) return;
          setFailure(null);
          setJob(next);
          if (!isActive(next)) onFinished(next);
        })
        .catch((error: unknown) => setFailure({ message: error instanceof Error ? error.message : String(error) }));
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [jobId, active, load, onFinished]);

  const follow = useCallback(
    async (id: string) => {
      setFailure(null);
      setCancelling(false);
      setJob(await load(id));
    },
    [load],
  );

  const cancel = useCallback(async () => {
    if (!jobId) return;
    setCancelling(true);
    const response = await fetch('/api/imports/cancel', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jobId }) });
    const body = (await response.json()) as { ok: boolean; message?: string };
    if (!body.ok) {
      setCancelling(false);
      setFailure({ message: body.message ?? '' });
    }
    setJob(await load(jobId));
  }, [jobId, load]);

  return { job, active, failure, cancelling: cancelling || Boolean(job?.cancelRequested && active), follow, cancel };
}
