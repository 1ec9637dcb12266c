// GET /api/health: the process is alive (a liveness probe). Public and outside the guarded path on
// purpose: it reads no session, no database and no input, and tells only the version and build,
// which every page's assets reveal anyway. Readiness to serve is /api/ready.
import { getBuildInfo } from '@/lib/env';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  const { version, buildId } = getBuildInfo();
  return Response.json({ status: 'ok', uptimeSeconds: Math.floor(process.uptime()), version, buildId }, { headers: { 'cache-control': 'no-store' } });
}
