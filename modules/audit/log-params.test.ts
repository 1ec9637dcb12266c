import { describe, expect, it } from 'vitest';
import { auditLogQuery, parseAuditLogParams } from '@/modules/audit/log-params';

describe('parseAuditLogParams', () => {
  it('reads a person, a kind, days and the page position', () => {
    expect(parseAuditLogParams({ person: 'ck1', kind: 'Finding', from: '2019-01-10', to: '2019-02-28', before: '120' })).toEqual({
      personId: 'ck1', kind: 'Finding', from: '2019-01-10', to: '2019-02-28', before: BigInt(120),
    });
  });

  it('drops what it does not know: unknown kinds, impossible days, odd ids and positions', () => {
    expect(parseAuditLogParams({ person: "x' OR 1=1", kind: 'Password', from: '2019-02-30', to: 'soon', before: '-1' })).toEqual({
      personId: null, kind: null, from: null, to: null, before: null,
    });
  });

  it('drops a page position beyond the largest event id, which the database could not compare', () => {
    expect(parseAuditLogParams({ before: '9223372036854775807' }).before).toBe(BigInt('9223372036854775807'));
    expect(parseAuditLogParams({ before: '9223372036854775808' }).before).toBeNull();
    expect(parseAuditLogParams({ before: '9999999999999999999' }).before).toBeNull();
  });

  it('writes the filters back so they parse the same, starting below another position', () => {
    const params = parseAuditLogParams({ person: 'ck1', kind: 'Meeting', from: '2019-01-10' });
    const query = auditLogQuery(params, BigInt(77));
    expect(query).toBe('?person=ck1&kind=Meeting&from=2019-01-10&before=77');
    expect(parseAuditLogParams(Object.fromEntries(new URLSearchParams(query)))).toEqual({ ...params, before: BigInt(77) });
  });
});
