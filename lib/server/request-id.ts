// The id of one request, for finding its log lines and audit events together: taken from the
// X-Request-Id header that a reverse proxy or client sent, when it is short and of a safe charset
// (it goes into logs and the audit trail as it is), or made here. No Node-only API: proxy.ts uses it.
export const REQUEST_ID_HEADER = 'x-request-id';

/** Letters, digits and . _ : - only, up to 64 characters: UUIDs, ULIDs and proxies' hex ids pass. */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The incoming id if it is safe to keep, else null. */
export function acceptRequestId(value: string | null | undefined): string | null {
  return typeof value === 'string' && SAFE_REQUEST_ID.test(value) ? value : null;
}

/** The request's own id: the incoming header when acceptable, otherwise a new one. */
export function requestIdOf(headers: Pick<Headers, 'get'>): string {
  return acceptRequestId(headers.get(REQUEST_ID_HEADER)) ?? crypto.randomUUID();
}
