// A server action whose body is over the limit, answered in the app's words before Next reads
// it (Next's own answer is a generic error). Next's client turns a text/plain error response
// into the rejection of the action call, with the text as the message; useSubmit recognises it.
import { createTranslator } from 'next-intl';
import { SERVER_ACTION_BODY_LIMIT_BYTES, SERVER_ACTION_BODY_LIMIT_MB } from '@/lib/body-limits';
import { LOCALE_COOKIE, toLocale } from '@/lib/i18n/locales';
import { MESSAGES } from '@/lib/i18n/messages';

type IncomingRequest = { method: string; headers: Headers; cookies: { get: (name: string) => { value: string } | undefined } };

/** The refusal for an oversize server-action body, or null for any other request. */
export function oversizeActionResponse(request: IncomingRequest): Response | null {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return null;
  if (Number(request.headers.get('content-length') ?? 0) <= SERVER_ACTION_BODY_LIMIT_BYTES) return null;
  const locale = toLocale(request.cookies.get(LOCALE_COOKIE)?.value);
  const t = createTranslator({ locale, messages: MESSAGES[locale], namespace: 'errors' });
  // Exactly text/plain (no charset): the only error body Next's client passes on as the message.
  return new Response(t('bodyTooLarge', { max: SERVER_ACTION_BODY_LIMIT_MB }), { status: 413, headers: { 'content-type': 'text/plain' } });
}
