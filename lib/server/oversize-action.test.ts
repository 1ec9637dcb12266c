import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';

const MB = 1024 * 1024;

function actionPost(bytes: number, locale?: string) {
  const headers: Record<string, string> = { 'next-action': '7f00', 'content-length': String(bytes), 'content-type': 'multipart/form-data; boundary=x' };
  if (locale) headers.cookie = `NEXT_LOCALE=${locale}`;
  return new NextRequest('http://localhost/reports/r1', { method: 'POST', headers });
}

describe('an oversize server-action body', () => {
  it('is refused with 413 and a translated text/plain message, before any session check', async () => {
    const response = proxy(actionPost(7 * MB));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe('提交的内容过大（最多 6 MB）。');
  });

  it('speaks the language of the locale cookie', async () => {
    expect(await proxy(actionPost(7 * MB, 'en')).text()).toBe('The request is too large (at most 6 MB).');
  });

  it('lets a body within the limit through to the usual handling', () => {
    const response = proxy(actionPost(6 * MB));
    expect(response.status).not.toBe(413);
  });
});
