// Check drafts are kept per user: a second person on the device never sees the first one's answers, and a draft
// an earlier version kept for the browser is adopted once, by the first user who opens its form.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDraftRaw, removeDraft, writeDraft, type CheckDraft } from '@/components/checks/check-draft';

function fakeWindow(items: Record<string, string>) {
  return {
    localStorage: {
      getItem: (k: string) => items[k] ?? null,
      setItem: (k: string, v: string) => void (items[k] = v),
      removeItem: (k: string) => void delete items[k],
    },
  };
}

const draft = (key: string): CheckDraft => ({ submissionKey: key, templateId: 't', startedAt: 1, savedAt: 0, answers: {}, photoIds: [], refusal: null });

afterEach(() => vi.unstubAllGlobals());

describe('check drafts', () => {
  it('keeps each user’s draft apart', () => {
    vi.stubGlobal('window', fakeWindow({}));
    writeDraft('u1', 'v1', 'h1', draft('a'));
    expect(JSON.parse(readDraftRaw('u1', 'v1', 'h1')!)).toMatchObject({ submissionKey: 'a' });
    expect(readDraftRaw('u2', 'v1', 'h1')).toBeNull();
    removeDraft('u1', 'v1', 'h1');
    expect(readDraftRaw('u1', 'v1', 'h1')).toBeNull();
  });

  it('gives a draft of the browser to the first user who opens the form, once', () => {
    const items: Record<string, string> = { 'check-draft:v1:village:x': JSON.stringify(draft('old')) };
    vi.stubGlobal('window', fakeWindow(items));
    expect(JSON.parse(readDraftRaw('u1', 'v1', 'village:x')!)).toMatchObject({ submissionKey: 'old' });
    expect(items['check-draft:v1:village:x']).toBeUndefined();
    expect(readDraftRaw('u2', 'v1', 'village:x')).toBeNull();
  });
});
