// route() for downloads: the same guarded path (session → zod → permission → transaction → audit
// event), answering a file instead of JSON. The input is the query and the URL's dynamic segments;
// a refusal is the usual JSON error with its status. Files are built inside the transaction, so a
// file that fails to build leaves no audit event behind.
import type { z } from 'zod';
import { APP_ERROR_STATUS } from '@/lib/app-error';
import { getServerTranslator } from '@/lib/i18n/server-translator';
import { runGuarded, type GuardedDefinition } from '@/lib/server/guarded';
import { withRequestId } from '@/lib/server/request-context';
import { getActor } from '@/modules/auth/actor';

export type FileAnswer = {
  /** The real (often Chinese) name, sent RFC 5987-encoded. */
  fileName: string;
  /** For clients that cannot read filename*: ASCII only. */
  fallbackName: string;
  contentType: string;
  bytes: Uint8Array;
};

/** RFC 5987 ext-value: UTF-8, percent-encoded except attr-char (encodeURIComponent leaves ' ( ) * ! as they are). */
export function rfc5987(value: string): string {
  return `UTF-8''${encodeURIComponent(value).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export function fileRoute<S extends z.ZodType, P extends Record<string, string>>(
  def: GuardedDefinition<S, FileAnswer>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return (request, context) => withRequestId(request, () => answer(def, request, context));
}

async function answer<S extends z.ZodType, P extends Record<string, string>>(
  def: GuardedDefinition<S, FileAnswer>,
  request: Request,
  context: { params: Promise<P> },
): Promise<Response> {
  if (!(await getActor())) {
    const t = await getServerTranslator();
    return Response.json({ ok: false, code: 'UNAUTHENTICATED', message: t('errors.UNAUTHENTICATED') }, { status: APP_ERROR_STATUS.UNAUTHENTICATED });
  }
  const input = { ...Object.fromEntries(new URL(request.url).searchParams), ...(await context.params) };
  const result = await runGuarded(def, input);
  if (!result.ok) return Response.json(result, { status: APP_ERROR_STATUS[result.code] });
  const { fileName, fallbackName, contentType, bytes } = result.data;
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename="${fallbackName}"; filename*=${rfc5987(fileName)}`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
