import { describe, expect, it } from 'vitest';
import { isDataFileEntry } from '@/scripts/backup/manifest';

describe('entries a restore may write into the data folder', () => {
  it('accepts files below the uploads and audit-checkpoints folders', () => {
    expect(isDataFileEntry(`uploads/${'a'.repeat(64)}`)).toBe(true);
    expect(isDataFileEntry('audit-checkpoints/2026/checkpoints.jsonl')).toBe(true);
  });

  it('refuses anything that could land elsewhere', () => {
    for (const name of ['uploads/../auth-secret', '/etc/passwd', 'uploads', 'uploads/', 'uploads//x', 'postgres/PG_VERSION', 'audit-checkpoints/..\\..\\x', './uploads/x', 'uploads/./x']) {
      expect(isDataFileEntry(name), name).toBe(false);
    }
  });
});
