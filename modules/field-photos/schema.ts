// Inputs of the field app's sync: a photo sent ahead of its record, and the photo ids a record names.
import { z } from 'zod';

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** multipart: `id` (the device's UUID), `sha256` of the bytes as sent, optional `takenAt`, one `file`. */
export const ZStagePhotoInput = z.object({
  id: z.uuid(),
  sha256: z.string().regex(SHA256_HEX),
  takenAt: z.iso.datetime({ offset: true }).nullish().transform((v) => (v ? new Date(v) : null)),
  file: z.instanceof(File),
});

/** Staged photos a record takes, in order; each once. */
export const zPhotoIds = (max: number) =>
  z
    .array(z.uuid())
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length, { message: 'invalid_value' });
