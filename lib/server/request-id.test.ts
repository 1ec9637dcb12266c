import { describe, expect, it } from 'vitest';
import { acceptRequestId, requestIdOf } from '@/lib/server/request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it('keeps an incoming id that is short and plain', () => {
    for (const id of ['0f8fad5b-d9cb-469f-a165-70867728950e', '01HZY3J5Q9', 'lb.7f3a:42_x-1', 'a'.repeat(64)]) {
      expect(requestIdOf(new Headers({ 'x-request-id': id }))).toBe(id);
    }
  });

  it('replaces an id that is too long, empty or carries other characters', () => {
    for (const id of ['a'.repeat(65), '', 'id with spaces', 'line\nbreak', '<script>', 'id;drop', '请求', 'a/b', '%0d%0a']) {
      expect(acceptRequestId(id), JSON.stringify(id)).toBeNull();
    }
    // A header value cannot hold a line break; the others arrive as they are and are replaced.
    for (const id of ['a'.repeat(65), 'id with spaces', '<script>', 'id;drop', 'a/b']) {
      expect(requestIdOf(new Headers({ 'x-request-id': id }))).toMatch(UUID);
    }
  });

  it('makes a new id for each request without one', () => {
    const a = requestIdOf(new Headers());
    const b = requestIdOf(new Headers());
    expect(a).toMatch(UUID);
    expect(b).toMatch(UUID);
    expect(a).not.toBe(b);
  });
});
