import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/app-error';
import { readXlsx } from '@/modules/households/xlsx';
import { IMPORT_LIMITS } from '@/modules/imports/limits';

describe('a roster file with a zip header that is not a workbook', () => {
  it('is refused as the user’s input, with the message for a damaged or foreign file', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('not really a zip')]);
    const error = await readXlsx(broken, IMPORT_LIMITS.ROSTER).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INVALID_INPUT', messageKey: expect.stringMatching(/^imports\.limits\.(brokenZip|notSpreadsheet)$/) });
  });
});
