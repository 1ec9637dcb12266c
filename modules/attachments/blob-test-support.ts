// Test helper: a published blob's bytes, read whole through the app's store (whichever STORAGE names).
import { getBlobStore } from '@/modules/attachments/blob-store';

export async function readStoredBlob(sha256: string): Promise<Buffer | null> {
  const blob = await getBlobStore().open(sha256);
  return blob ? Buffer.from(await new Response(blob.body).arrayBuffer()) : null;
}
