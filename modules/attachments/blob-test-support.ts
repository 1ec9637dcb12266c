// Test helpers for stored files: a blob read whole through the app's store (whichever STORAGE
// names), and a plain S3 client that looks into a test server's bucket around the store.
import { GetObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { getBlobStore } from '@/modules/attachments/blob-store';
import type { S3TestServer } from '@/scripts/lib/s3-test-server.mjs';

export async function readStoredBlob(sha256: string): Promise<Buffer | null> {
  const blob = await getBlobStore().open(sha256);
  return blob ? Buffer.from(await new Response(blob.body).arrayBuffer()) : null;
}

/** An S3 client of the SDK's own defaults, signed with the test server's key. */
export function plainS3Client(server: S3TestServer): S3Client {
  const { endpoint, region, accessKeyId, secretAccessKey } = server;
  return new S3Client({ endpoint, region, forcePathStyle: true, credentials: { accessKeyId, secretAccessKey } });
}

/** Every key in the bucket (staged or published), sorted. */
export async function bucketKeys(client: S3Client, bucket: string): Promise<string[]> {
  const { Contents = [] } = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
  return Contents.map(({ Key }) => Key!).sort();
}

export async function bucketObject(client: S3Client, bucket: string, key: string): Promise<Buffer> {
  const { Body } = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  return Buffer.from(await Body!.transformToByteArray());
}
