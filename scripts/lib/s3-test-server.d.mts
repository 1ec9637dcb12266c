export type S3TestServer = {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** STORAGE=s3 and the S3_* variables that point the app at this server. */
  env: Record<'STORAGE' | 'S3_ENDPOINT' | 'S3_REGION' | 'S3_BUCKET' | 'S3_ACCESS_KEY_ID' | 'S3_SECRET_ACCESS_KEY' | 'S3_FORCE_PATH_STYLE', string>;
  stop(): Promise<void>;
};

export function startS3TestServer(options: { dataDir: string }): Promise<S3TestServer>;
