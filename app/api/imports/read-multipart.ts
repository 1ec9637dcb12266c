// Reads the named fields of a multipart upload for the guarded path. The one place an import route
// reads its body, so a streamed reader that enforces the size limit can replace it here.
export async function readMultipart(request: Request, fields: readonly string[]): Promise<Record<string, unknown>> {
  const form = await request.formData().catch(() => null);
  return Object.fromEntries(fields.map((name) => [name, form?.get(name) ?? undefined]));
}
