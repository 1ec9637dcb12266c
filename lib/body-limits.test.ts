import { describe, expect, it } from 'vitest';
import { SERVER_ACTION_BODY_LIMIT_MB } from '@/lib/body-limits';
import config from '@/next.config.js';

describe('the server action body limit', () => {
  it('is the one Next enforces, so the app answers before Next does', () => {
    expect(config.experimental?.serverActions?.bodySizeLimit).toBe(`${SERVER_ACTION_BODY_LIMIT_MB}mb`);
  });
});
