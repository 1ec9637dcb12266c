// The server's shared-library links, missing when npm skipped the binaries package's install script.
import { mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { linkServerLibraries } from '@/scripts/lib/embedded-binaries.mjs';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

it('creates the listed links that are missing, relative to their folder, and keeps those present', () => {
  root = mkdtempSync(path.join(os.tmpdir(), 'assess-binaries-'));
  mkdirSync(path.join(root, 'native', 'lib'), { recursive: true });
  writeFileSync(path.join(root, 'native', 'lib', 'libicuuc.so.60.2'), 'library');
  writeFileSync(
    path.join(root, 'native', 'pg-symlinks.json'),
    JSON.stringify([
      { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so.60' },
      { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so' },
    ]),
  );

  linkServerLibraries(root);
  linkServerLibraries(root);

  expect(readlinkSync(path.join(root, 'native', 'lib', 'libicuuc.so.60'))).toBe('libicuuc.so.60.2');
  expect(readFileSync(path.join(root, 'native', 'lib', 'libicuuc.so'), 'utf8')).toBe('library');
});
