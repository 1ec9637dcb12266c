// Which request the server is answering, for the guarded path's log lines and audit events.
// Pages and server actions pass proxy.ts, which puts a checked X-Request-Id on the request and the
// response. Route handlers do not (the proxy would buffer their upload bodies, see
// docs/decisions/028): the route wrappers run the handler inside withRequestId(), which also sets
// the header on the response; any other handler still finds the incoming id, or one made here.
import { AsyncLocalStorage } from 'node:async_hooks';
import { headers } from 'next/headers';
import { REQUEST_ID_HEADER, requestIdOf } from '@/lib/server/request-id';

// Held on globalThis: Next may load this module once per bundle, and the wrapper and the guarded
// path must share it.
const globalForRequests = globalThis as unknown as { requestIds?: AsyncLocalStorage<string> };
const requestIds = (globalForRequests.requestIds ??= new AsyncLocalStorage<string>());

/** Answers `request` with `handle`, under the request's id, which the response carries. */
export async function withRequestId(request: Request, handle: () => Promise<Response>): Promise<Response> {
  const id = requestIdOf(request.headers);
  const response = await requestIds.run(id, handle);
  try {
    response.headers.set(REQUEST_ID_HEADER, id);
  } catch {
    // A response with immutable headers (Response.redirect) goes as it is; the log still has the id.
  }
  return response;
}

/** The id of the request being answered; null outside a request (the worker, scripts, tests). */
export async function currentRequestId(): Promise<string | null> {
  const wrapped = requestIds.getStore();
  if (wrapped) return wrapped;
  try {
    return requestIdOf(await headers());
  } catch {
    return null;
  }
}
