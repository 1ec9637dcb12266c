// POST { jobId }: cancel an import job (queued: at once; running: at its next progress report).
import { z } from 'zod';
import { route } from '@/lib/server/route';
import { cancelImportJob } from '@/modules/imports/mutations';

export const dynamic = 'force-dynamic';

export const POST = route({
  schema: z.object({ jobId: z.string().min(1).max(64) }),
  permission: 'import.cancel',
  run: cancelImportJob,
});
