// Commands run beside `npm start` (audit checks, backup, restore) use the audit key it keeps in
// <DATA_DIR>/audit-secret when AUDIT_SECRET is not in the environment. Call before anything reads
// the environment (lib/env.ts caches it).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function loadKeptAuditSecret(dataDir = process.env.DATA_DIR ?? '.data'): boolean {
  if (process.env.AUDIT_SECRET) return true;
  const kept = path.join(dataDir, 'audit-secret');
  if (!existsSync(kept)) return false;
  process.env.AUDIT_SECRET = readFileSync(kept, 'utf8').trim();
  return true;
}
