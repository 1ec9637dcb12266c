import { describe, expect, it } from 'vitest';
import { findUnwrappedExports } from '@/scripts/check-server-actions.mjs';

describe('check-server-actions', () => {
  it('accepts wrapped exports', () => {
    const text = `'use server';\nimport { action } from 'x';\nexport const a = action({});\nconst helper = 1;`;
    expect(findUnwrappedExports('a.ts', text)).toEqual([]);
  });

  it('flags an exported async function', () => {
    const text = `'use server';\nexport async function deleteAll() {}`;
    expect(findUnwrappedExports('a.ts', text)).toHaveLength(1);
  });

  it('flags a const that is not wrapped, a re-export and a default export', () => {
    const text = `'use server';\nexport const b = async () => {};\nexport { c } from './c';\nexport default async function d() {}`;
    expect(findUnwrappedExports('a.ts', text)).toHaveLength(3);
  });

  it('ignores files without the directive', () => {
    expect(findUnwrappedExports('a.ts', `export async function free() {}`)).toEqual([]);
  });
});
