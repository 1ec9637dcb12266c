// Route handlers that take files. Nobody signed in → 401 before a byte of the body is read; the
// body is read through the streamed multipart reader with the shared byte ceiling; the write runs
// on the guarded path (session → zod → permission → transaction → audit) with a BlobStaging whose
// files are published if the transaction commits and removed if it does not.
import type { z } from 'zod';
import { APP_ERROR_STATUS, type ActionResult, type AppErrorCode } from '@/lib/app-error';
import { getCatalogTranslator } from '@/lib/i18n/server-translator';
import { runGuarded, type GuardedDefinition } from '@/lib/server/guarded';
import { MultipartError, readMultipart, type MultipartParts } from '@/lib/server/multipart';
import { multipartLimit } from '@/lib/upload-limits';
import { getActor } from '@/modules/auth/actor';
import type { UploadContext } from '@/modules/attachments/store-upload';
import { BlobStaging } from '@/modules/attachments/blob-store';

export type UploadDefinition<S extends z.ZodType, R> = Omit<GuardedDefinition<S, R>, 'run'> & {
  run: (ctx: UploadContext, input: z.output<S>) => Promise<R>;
};

export async function runGuardedUpload<S extends z.ZodType, R>(def: UploadDefinition<S, R>, rawInput: unknown): Promise<ActionResult<R>> {
  const blobs = new BlobStaging();
  const result = await runGuarded({ ...def, run: (ctx, input) => def.run({ ...ctx, blobs }, input) }, rawInput);
  if (result.ok) await blobs.publish();
  else await blobs.discard();
  return result;
}

/** `field` names the form field a refused body is reported on; `maxFiles` (and `maxFileBytes`) set the byte ceiling. */
export type UploadRouteOptions = { field: string; maxFiles: number; maxFileBytes?: number };

/**
 * The body of an upload, or the answer that refuses it: 401 before a byte is read when nobody is
 * signed in, 413/422 in the app's words when the streamed reader stops.
 */
export async function readUploadBody(request: Request, options: UploadRouteOptions): Promise<{ parts: MultipartParts } | { refusal: Response }> {
  const refuse = async (code: AppErrorCode, messageKey: string, params: Record<string, string | number>, status: number) => {
    const t = await getCatalogTranslator();
    const message = t(messageKey, params);
    return { refusal: Response.json({ ok: false, code, message, ...(code === 'INVALID_INPUT' ? { fieldErrors: { [options.field]: [message] } } : {}) }, { status }) };
  };
  // An anonymous request never gets the server to hold its body.
  if (!(await getActor())) return refuse('UNAUTHENTICATED', 'errors.UNAUTHENTICATED', {}, APP_ERROR_STATUS.UNAUTHENTICATED);
  try {
    return { parts: await readMultipart(request, { maxBytes: multipartLimit(options.maxFiles, options.maxFileBytes) }) };
  } catch (error) {
    if (!(error instanceof MultipartError)) throw error;
    return refuse(error.code, error.messageKey, error.params, error.status);
  }
}

export async function uploadResponse<S extends z.ZodType, R>(
  request: Request,
  options: UploadRouteOptions,
  def: UploadDefinition<S, R>,
  toInput: (parts: MultipartParts) => Record<string, unknown>,
): Promise<Response> {
  const body = await readUploadBody(request, options);
  if ('refusal' in body) return body.refusal;
  const result = await runGuardedUpload(def, toInput(body.parts));
  return Response.json(result, { status: result.ok ? 200 : APP_ERROR_STATUS[result.code] });
}
