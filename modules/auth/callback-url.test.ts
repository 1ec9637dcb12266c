import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from '@/modules/auth/callback-url';

// Known open-redirect forms (as they arrive after URL decoding of the query string). Whatever the
// function returns, a browser on https://app.example that navigates to it must stay on that origin.
const HOSTILE = [
  'https://evil.example',
  'http://evil.example/',
  '//evil.example',
  '///evil.example',
  '////evil.example',
  '/\\evil.example',
  '\\\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r/evil.example',
  '/\r\n/evil.example',
  '\t//evil.example',
  ' //evil.example',
  '/ /evil.example',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '/%09/evil.example',
  '/%2F%2Fevil.example',
  '/%5Cevil.example',
  '/.//evil.example',
  '/./\\evil.example',
  '/..//evil.example',
  'https:evil.example',
  'https:/evil.example',
  '//evil.example@app.example',
  '/@evil.example',
  'evil.example',
  '.evil.example',
  '//%65vil.example',
  '/\u0000/evil.example',
  '/\u007f/evil.example',
  '/\u0085/evil.example',
  '//evil.example/%2e%2e',
  '\u3000//evil.example',
  '/\u2028/evil.example',
  `/${'a'.repeat(5000)}`,
];

const ORIGIN = 'https://app.example';

describe('safeCallbackUrl', () => {
  it.each(HOSTILE)('keeps %j on this site', (value) => {
    const result = safeCallbackUrl(value);
    expect(result.startsWith('/')).toBe(true);
    expect(result.startsWith('//')).toBe(false);
    expect(/[\u0000-\u001f\u007f-\u009f\\]/.test(result)).toBe(false);
    expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
  });

  it('has a corpus of at least 30 forms', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30);
  });

  it('keeps an ordinary path with its query and fragment', () => {
    expect(safeCallbackUrl('/findings?status=ISSUED&page=2#top')).toBe('/findings?status=ISSUED&page=2#top');
    expect(safeCallbackUrl('/assessments/abc/findings')).toBe('/assessments/abc/findings');
  });

  it('falls back for what is not a string or is empty', () => {
    expect(safeCallbackUrl(undefined)).toBe('/');
    expect(safeCallbackUrl(['/a', '/b'])).toBe('/');
    expect(safeCallbackUrl('', '/home')).toBe('/home');
  });
});
