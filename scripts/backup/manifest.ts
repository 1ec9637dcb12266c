// What a backup archive holds, written last into the archive as manifest.json. A restore checks
// every entry against it before it writes anything.
import { z } from 'zod';

export const BACKUP_FORMAT = 'assessment-tracker-backup/1';
export const MANIFEST_NAME = 'manifest.json';
export const TABLE_PREFIX = 'database/';
export const DATA_FOLDERS = ['uploads', 'audit-checkpoints'] as const;
export type DataFolder = (typeof DATA_FOLDERS)[number];

const ZSha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ZManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.iso.datetime(),
  appVersion: z.string(),
  schema: z.string(),
  /** Applied migrations, oldest first: the code that restores must have exactly these. */
  migrations: z.array(z.string()),
  tables: z.array(
    z.object({ name: z.string(), columns: z.array(z.string()), rows: z.number().int().nonnegative(), entry: z.string(), sha256: ZSha256 }),
  ),
  sequences: z.array(z.object({ name: z.string(), lastValue: z.string(), isCalled: z.boolean() })),
  /** Stored files (uploads, audit checkpoints) by archive entry name. */
  files: z.record(z.string(), ZSha256),
  /** The newest audit event in the snapshot; a restored chain must end in the same place. */
  auditHead: z.object({ events: z.number().int(), lastId: z.string(), hash: z.string() }).nullable(),
  /** Attachments whose stored file was missing when the backup ran (already lost then). */
  missingUploads: z.array(z.string()),
});

export type Manifest = z.infer<typeof ZManifest>;

export const tableEntryName = (table: string) => `${TABLE_PREFIX}${table}.ndjson`;

/** Entry names a restore may write: no absolute paths, no `..`, only the known folders. */
export function isDataFileEntry(name: string): boolean {
  const parts = name.split('/');
  return (
    parts.length >= 2 &&
    (DATA_FOLDERS as readonly string[]).includes(parts[0]!) &&
    parts.every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\'))
  );
}
