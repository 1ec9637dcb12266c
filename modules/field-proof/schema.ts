// The device's position as the field app sends it with a check or finding.
import { z } from 'zod';

export const ZPosition = z.object({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  /** Metres, as the device reported it. */
  accuracy: z.number().min(0).max(1_000_000).nullish().transform((v) => v ?? null),
});
