// The keyset cursor of the notification list: (createdAt, id) of the last row read, opaque in the
// URL. A cursor that does not decode is ignored (the list starts again at the newest).
export type NotificationCursor = { createdAt: Date; id: string };

export function encodeNotificationCursor(cursor: NotificationCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt.toISOString(), cursor.id]), 'utf8').toString('base64url');
}

export function decodeNotificationCursor(text: string | null | undefined): NotificationCursor | null {
  if (!text || text.length > 200) return null;
  try {
    const parts: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (!Array.isArray(parts) || parts.length !== 2 || !parts.every((p) => typeof p === 'string')) return null;
    const [at, id] = parts as [string, string];
    const createdAt = new Date(at);
    return Number.isNaN(createdAt.getTime()) || !/^[A-Za-z0-9_-]{1,64}$/.test(id) ? null : { createdAt, id };
  } catch {
    return null;
  }
}
