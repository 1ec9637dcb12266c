import { describe, expect, it } from 'vitest';
import { SERVER_ACTION_BODY_LIMIT_MB } from '@/lib/body-limits';

describe('the server action body limit', () => {
  it('is the one Next enforces, so the app answers before Next does', async () => {
    // @ts-expect-error -- next.config.js is plain JavaScript without type declarations
    const { default: config } = (await import('@/next.config.js')) as { default: unknown };
    const limit = (config as { experimental?: { serverActions?: { bodySizeLimit?: string } } }).experimental?.serverActions?.bodySizeLimit;
    expect(limit).toBe(`${SERVER_ACTION_BODY_LIMIT_MB}mb`);
  });
});
