// What a running job reports as it goes: its phase and rows done, written to the job row so the
// page can poll it; each report also checks whether the user asked to cancel, and stops the job there.
import type { Db } from '@/lib/server/db';

export type ImportPhase = 'reading' | 'validating' | 'saving';
export type ReportProgress = (phase: ImportPhase, done: number, total: number) => Promise<void>;

export class ImportCancelled extends Error {
  constructor() {
    super('import cancelled');
    this.name = 'ImportCancelled';
  }
}

export function progressReporter(db: Db, jobId: string): ReportProgress {
  return async (phase, done, total) => {
    const job = await db.importJob.update({
      where: { id: jobId },
      data: { phase, progressDone: done, progressTotal: total },
      select: { cancelRequested: true },
    });
    if (job.cancelRequested) throw new ImportCancelled();
  };
}
