// Runs once when the server process starts (Next's instrumentation hook): it watches for the
// signal to stop, so that /api/ready answers 503 from then on, and writes every error that escapes
// a page, server action or route handler to the JSON log with the request's id.
import type { Instrumentation } from 'next';

export async function register(): Promise<void> {
  const { watchForShutdown } = await import('@/lib/server/shutdown-state');
  watchForShutdown();
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const [{ getLogger }, { acceptRequestId, REQUEST_ID_HEADER }] = await Promise.all([import('@/lib/server/logger'), import('@/lib/server/request-id')]);
  const header = request.headers[REQUEST_ID_HEADER];
  getLogger().error(
    {
      err: error,
      requestId: acceptRequestId(Array.isArray(header) ? header[0] : header),
      method: request.method,
      // Without the query string: it may carry what a person typed.
      path: request.path.split('?')[0],
      route: context.routePath,
      routeType: context.routeType,
      component: 'request',
    },
    'unhandled error while answering a request',
  );
};
