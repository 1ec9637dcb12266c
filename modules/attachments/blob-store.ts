// Uploaded files ("blobs"), addressed by their SHA-256: the same file uploaded twice is stored once;
// rows in Attachment and StagedPhoto say who attached it where, and a blob may be shared by many
// rows, so nothing ever deletes or replaces a published blob. Where they are kept is chosen by
// STORAGE (lib/env.ts): the data folder (local-blob-store.ts) or an S3 bucket (s3-blob-store.ts).
//
// Writes follow the transaction that creates the rows (BlobStaging): a file is staged where no reader
// looks while the transaction runs, published under its hash only after the commit, and removed if it
// rolls back. A crash between the two leaves a staged copy, never a row whose blob was deleted or a
// blob replaced under another row (docs/decisions/008-upload-pipeline.md, 026-object-storage.md).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { getEnv, type Env } from '@/lib/env';
import { createLocalBlobStore } from '@/modules/attachments/local-blob-store';
import { createS3BlobStore, s3SettingsOf } from '@/modules/attachments/s3-blob-store';

/** A published blob, read as a stream; `size` is its length in bytes (sent as Content-Length). */
export type StoredBlob = { size: number; body: ReadableStream<Uint8Array> };

/** A blob's bytes piece by piece: Node's ReadableStream is async-iterable, which the DOM typings do not say. */
export const chunksOf = (blob: StoredBlob) => blob.body as unknown as AsyncIterable<Uint8Array>;

/** Bytes written where no reader looks yet: published under their hash, or discarded. */
export type StagedBlob = { publish(): Promise<void>; discard(): Promise<void> };

export interface BlobStore {
  /** Where the published blobs are (a folder, or s3://bucket/prefix), for messages. */
  readonly location: string;
  /** Stages bytes whose SHA-256 is `sha256`; null when that blob is published already. */
  stage(sha256: string, bytes: Uint8Array): Promise<StagedBlob | null>;
  exists(sha256: string): Promise<boolean>;
  /** The published blob, or null when there is none. */
  open(sha256: string): Promise<StoredBlob | null>;
  /** The hashes of every published blob (for backups). */
  list(): AsyncIterable<string>;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export const isSha256 = (name: string) => SHA256_HEX.test(name);

export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The store STORAGE names; local blobs live in `<dataDir>/uploads`. */
export function createBlobStore(env: Env, dataDir: string = env.DATA_DIR): BlobStore {
  return env.STORAGE === 's3' ? createS3BlobStore(s3SettingsOf(env)) : createLocalBlobStore(path.resolve(dataDir, 'uploads'));
}

let appStore: BlobStore | undefined;

/** The app's store, the same for every request (one S3 client and its connections). */
export function getBlobStore(): BlobStore {
  appStore ??= createBlobStore(getEnv());
  return appStore;
}

/** Files written during one guarded transaction, published or discarded with it. */
export class BlobStaging {
  private readonly staged: StagedBlob[] = [];

  constructor(private readonly store: BlobStore = getBlobStore()) {}

  /** Stages the bytes and returns their SHA-256 for the row. */
  async stage(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Of(bytes);
    const staged = await this.store.stage(sha256, bytes);
    if (staged) this.staged.push(staged);
    return sha256;
  }

  /** After the commit: the rows exist, so their files take their place. */
  async publish(): Promise<void> {
    for (const staged of this.staged.splice(0)) await staged.publish();
  }

  /** After a rollback: only what this transaction staged goes; a published blob belongs to other rows. */
  async discard(): Promise<void> {
    await Promise.all(this.staged.splice(0).map((staged) => staged.discard()));
  }
}
