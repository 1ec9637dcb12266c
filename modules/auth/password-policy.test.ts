import { describe, expect, it } from 'vitest';
import { findPasswordProblem } from '@/modules/auth/password-policy';

const person = { username: 'fengkai' };

describe('password policy', () => {
  it('asks for at least 8 characters, counting characters rather than bytes', () => {
    expect(findPasswordProblem('a1b2c3d', person)).toBe('tooShort');
    expect(findPasswordProblem('扶贫考核真实可信', person)).toBeNull();
  });

  it('welcomes long passphrases up to 128 characters', () => {
    expect(findPasswordProblem('correct horse battery staple '.repeat(4).trim(), person)).toBeNull();
    expect(findPasswordProblem('x'.repeat(129), person)).toBe('tooLong');
  });

  it('refuses common passwords whatever their case, including ones common in China and the demo password', () => {
    for (const p of ['password', 'PASSWORD1', '12345678', 'qwertyuiop', '5201314', 'woaini1314', 'demo-2019']) {
      expect(findPasswordProblem(p, person), p).toBe(p.length < 8 ? 'tooShort' : 'common');
    }
  });

  it('refuses a password that contains the username', () => {
    expect(findPasswordProblem('Fengkai-2026!', person)).toBe('containsUsername');
  });

  it('has no composition rules', () => {
    expect(findPasswordProblem('tea kettle on the hill', person)).toBeNull();
    expect(findPasswordProblem('xkqzvbnmwp', person)).toBeNull();
  });
});
