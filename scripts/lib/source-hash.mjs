// A hash of everything `next build` reads, so `npm start` rebuilds only when it changed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const INPUTS = ['app', 'components', 'modules', 'lib', 'public', 'service-worker', 'package-lock.json', 'next.config.js', 'postcss.config.mjs', 'tsconfig.json', 'proxy.ts', 'instrumentation.ts'];
const SKIP = new Set(['node_modules', '.next', 'generated']);

function* files(entry) {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return;
  }
  if (stat.isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(entry).sort()) {
    if (!SKIP.has(name) && !name.endsWith('.test.ts') && !name.endsWith('.test.tsx')) yield* files(path.join(entry, name));
  }
}

export function computeSourceHash(root) {
  const hash = createHash('sha256');
  for (const input of INPUTS) {
    for (const file of files(path.join(root, input))) {
      hash.update(path.relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  }
  // The generated Prisma client follows from the schema.
  for (const file of files(path.join(root, 'prisma', 'schema.prisma'))) hash.update(readFileSync(file));
  return hash.digest('hex');
}
