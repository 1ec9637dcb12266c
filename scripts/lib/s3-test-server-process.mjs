// The process of scripts/lib/s3-test-server.mjs: s3rver on a free port of 127.0.0.1 over the folder
// S3_TEST_DIR, one bucket, accepting only the key pair it is given. It reports its port through the
// IPC channel and ends when told (SIGTERM) or when its parent is gone (the channel closes).
// Started with --openssl-legacy-provider: s3rver encrypts ListObjectsV2's continuation tokens with
// DES, which OpenSSL 3 keeps in its legacy provider.
import S3rver from '@20minutes/s3rver';
import AWSAccount from '@20minutes/s3rver/lib/models/account.js';
import v4 from '@20minutes/s3rver/lib/signature/v4.js';

const { S3_TEST_DIR, S3_TEST_BUCKET, S3_TEST_ACCESS_KEY_ID, S3_TEST_SECRET_ACCESS_KEY } = process.env;

// s3rver signs a bucket's own resource as `/bucket`, while the AWS SDK v3 (path style) sends and
// signs `/bucket/` for bucket requests such as ListObjectsV2; S3 itself checks the path as sent.
// The path the client sent is kept by the request's headers object (which the check is given),
// so its trailing slash is signed as sent. Every signature is still checked.
const sentPaths = new WeakMap();
const signStringOf = v4.getStringToSign;
v4.getStringToSign = (canonicalRequest, request) => {
  const sent = sentPaths.get(canonicalRequest.headers);
  const uri = sent?.endsWith('/') && !canonicalRequest.uri.endsWith('/') ? `${canonicalRequest.uri}/` : canonicalRequest.uri;
  return signStringOf({ ...canonicalRequest, uri }, request);
};

// Only the key pair given here opens the bucket: s3rver's built-in one is revoked.
AWSAccount.DUMMY_ACCOUNT.revokeAccessKey('S3RVER');
AWSAccount.DUMMY_ACCOUNT.createKeyPair(S3_TEST_ACCESS_KEY_ID, S3_TEST_SECRET_ACCESS_KEY);

const server = new S3rver({ address: '127.0.0.1', port: 0, directory: S3_TEST_DIR, silent: true, configureBuckets: [{ name: S3_TEST_BUCKET }] });
server.middleware.unshift((ctx, next) => {
  sentPaths.set(ctx.headers, ctx.path);
  return next();
});
const { port } = await server.run();

function stop() {
  server.httpServer.closeAllConnections();
  server.close().finally(() => process.exit(0));
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.on('disconnect', stop);
process.send({ port });
