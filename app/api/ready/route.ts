// GET /api/ready: 200 when this replica can serve (database, file storage and job queue answer),
// 503 naming the part that does not, or while the process is stopping (a readiness probe). Public
// and outside the guarded path on purpose: a load balancer has no session; it takes no input and
// says only ok / failed / timeout per part (the reasons go to the log). Each probe is bounded
// (lib/server/readiness-probes.ts).
import { checkReadiness } from '@/lib/server/readiness';

export const dynamic = 'force-dynamic';

export async function GET(): Promise<Response> {
  const readiness = await checkReadiness();
  return Response.json(readiness, { status: readiness.status === 'ready' ? 200 : 503, headers: { 'cache-control': 'no-store' } });
}
