// Blobs in an S3 bucket (AWS or any S3-compatible store): published as `uploads/<sha256>`, staged
// as `staging/<sha256>.<random>`. Staging uploads the bytes while the transaction runs, so a store
// that is slow or down fails the write before anything is committed; publishing is a copy inside
// the bucket, after which the staged copy is removed. An object appears whole or not at all, so a
// reader never sees part of a blob. Why and what a crash leaves: docs/decisions/026-object-storage.md.
import { randomBytes } from 'node:crypto';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Env } from '@/lib/env';
import { isSha256, type BlobStore, type StoredBlob } from '@/modules/attachments/blob-store';

export const PUBLISHED_PREFIX = 'uploads/';
export const STAGING_PREFIX = 'staging/';

export type S3Settings = {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
};

export function s3SettingsOf(env: Env): S3Settings {
  const { S3_ENDPOINT, S3_REGION, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_FORCE_PATH_STYLE } = env;
  // lib/env.ts refuses STORAGE=s3 without them; this narrows the types.
  if (!S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY) throw new Error('STORAGE=s3 needs S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  return { endpoint: S3_ENDPOINT, region: S3_REGION, bucket: S3_BUCKET, accessKeyId: S3_ACCESS_KEY_ID, secretAccessKey: S3_SECRET_ACCESS_KEY, forcePathStyle: S3_FORCE_PATH_STYLE };
}

export function createS3Client(settings: S3Settings): S3Client {
  return new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Checksum headers only where S3 requires them: many S3-compatible stores refuse the SDK's
    // default CRC32 headers. Uploads stay checked: SigV4 signs the body's SHA-256, which S3 verifies.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    // A store that stops answering fails the upload well within the transaction's 30 s.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 20_000 },
  });
}

const isNotFound = (error: unknown) => ['NoSuchKey', 'NotFound'].includes((error as Error).name);

/** `pageSize` is S3's own maximum but for tests of the paging. */
export function createS3BlobStore(settings: S3Settings, { pageSize = 1000 } = {}): BlobStore {
  const client = createS3Client(settings);
  const Bucket = settings.bucket;
  const keyOf = (sha256: string) => {
    if (!isSha256(sha256)) throw new Error('not a SHA-256');
    return `${PUBLISHED_PREFIX}${sha256}`;
  };
  const exists = (sha256: string) =>
    client.send(new HeadObjectCommand({ Bucket, Key: keyOf(sha256) })).then(
      () => true,
      (error: unknown) => {
        if (isNotFound(error)) return false;
        throw error;
      },
    );

  return {
    location: `s3://${Bucket}/${PUBLISHED_PREFIX}`,
    exists,

    async stage(sha256, bytes) {
      if (await exists(sha256)) return null;
      const staged = `${STAGING_PREFIX}${sha256}.${randomBytes(6).toString('hex')}`;
      await client.send(new PutObjectCommand({ Bucket, Key: staged, Body: bytes, ContentLength: bytes.byteLength }));
      // A staged copy left by a failed delete is harmless: the bucket's lifecycle rule expires staging/.
      const remove = () => client.send(new DeleteObjectCommand({ Bucket, Key: staged })).then(() => undefined, () => undefined);
      return {
        async publish() {
          // Another transaction may have published the same bytes meanwhile; its object stays as it is.
          if (!(await exists(sha256))) await client.send(new CopyObjectCommand({ Bucket, Key: keyOf(sha256), CopySource: `${Bucket}/${staged}` }));
          await remove();
        },
        discard: remove,
      };
    },

    async open(sha256): Promise<StoredBlob | null> {
      const object = await client.send(new GetObjectCommand({ Bucket, Key: keyOf(sha256) })).catch((error: unknown) => {
        if (isNotFound(error)) return null;
        throw error;
      });
      if (!object) return null;
      if (object.Body === undefined || object.ContentLength === undefined) throw new Error(`${keyOf(sha256)} came without a body or length`);
      return { size: object.ContentLength, body: object.Body.transformToWebStream() };
    },

    async *list() {
      let ContinuationToken: string | undefined;
      do {
        const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: PUBLISHED_PREFIX, MaxKeys: pageSize, ContinuationToken }));
        for (const { Key } of page.Contents ?? []) {
          const name = Key?.slice(PUBLISHED_PREFIX.length) ?? '';
          if (isSha256(name)) yield name;
        }
        ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (ContinuationToken);
    },
  };
}
