import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/modules/auth/password';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('demo-2019');
    expect(stored.startsWith('scrypt$')).toBe(true);
    expect(await verifyPassword('demo-2019', stored)).toBe(true);
    expect(await verifyPassword('demo-2018', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same')).not.toBe(await hashPassword('same'));
  });

  it('rejects malformed stored values instead of throwing', async () => {
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
    expect(await verifyPassword('x', 'scrypt$1$2')).toBe(false);
  });
});
