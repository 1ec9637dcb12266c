import { describe, expect, it } from 'vitest';
import { findingListQuery, parseFindingListParams } from '@/modules/findings/list-params';

describe('parseFindingListParams', () => {
  it('defaults to every finding, newest first', () => {
    expect(parseFindingListParams({})).toEqual({
      assessmentId: null, campaignId: null, statuses: [], severities: [], regionId: null, category: null, overdue: false, dueThisWeek: false,
      q: null, sort: 'newest', cursor: null,
    });
  });

  it('reads repeated and comma-separated values, and drops what it does not know', () => {
    const params = parseFindingListParams({
      status: ['ISSUED', 'PLAN_SUBMITTED,BOGUS', 'ISSUED'],
      severity: 'CRITICAL,SERIOUS',
      category: 'FUND_MANAGEMENT',
      overdue: '1',
      sort: 'severity',
      region: 'ckregion123',
      assessment: 'ckassess456',
      campaign: 'ckcampaign789',
      due: 'week',
      cursor: 'abc',
    });
    expect(params).toEqual({
      assessmentId: 'ckassess456',
      campaignId: 'ckcampaign789',
      statuses: ['ISSUED', 'PLAN_SUBMITTED'],
      severities: ['CRITICAL', 'SERIOUS'],
      regionId: 'ckregion123',
      category: 'FUND_MANAGEMENT',
      overdue: true,
      dueThisWeek: true,
      q: null,
      sort: 'severity',
      cursor: 'abc',
    });
  });

  it('ignores malformed ids, unknown sorts and categories, and any overdue but 1', () => {
    const params = parseFindingListParams({ region: "x' OR 1=1", assessment: '', sort: 'random', category: 'NOPE', overdue: 'yes', campaign: 'a b', due: 'month' });
    expect(params).toMatchObject({ regionId: null, assessmentId: null, campaignId: null, sort: 'newest', category: null, overdue: false, dueThisWeek: false });
  });
});

describe('the keyword filter q', () => {
  it('keeps a keyword with commas whole, trims it and collapses its spaces', () => {
    expect(parseFindingListParams({ q: '  长岗镇,  平岗村 ' }).q).toBe('长岗镇, 平岗村');
  });

  it('drops an empty keyword, reads control characters as word breaks, and cuts a long one at 64 characters', () => {
    expect(parseFindingListParams({ q: '   ' }).q).toBeNull();
    // Dropping the keyword would list every finding, as if no filter had been asked for.
    expect(parseFindingListParams({ q: 'a\u0000b' }).q).toBe('a b');
    expect(parseFindingListParams({ q: '村'.repeat(100) }).q).toBe('村'.repeat(64));
  });

  it('round-trips through the query string', () => {
    const params = parseFindingListParams({ q: '100% 村_委' });
    expect(findingListQuery(params)).toBe('?q=100%25+%E6%9D%91_%E5%A7%94');
    expect(parseFindingListParams({ q: new URLSearchParams(findingListQuery(params)).get('q')! })).toEqual(params);
  });
});

describe('findingListQuery', () => {
  it('writes the filters back to a query string that parses to the same filters', () => {
    const params = parseFindingListParams({ status: ['ISSUED', 'CLOSED'], severity: 'GENERAL', overdue: '1', sort: 'oldest', region: 'r1', category: 'CUSTOM', assessment: 'a1', campaign: 'c1', due: 'week' });
    const query = findingListQuery(params, 'next');
    expect(query).toBe('?assessment=a1&campaign=c1&status=ISSUED&status=CLOSED&severity=GENERAL&region=r1&category=CUSTOM&overdue=1&due=week&sort=oldest&cursor=next');
    const reparsed = Object.fromEntries([...new URLSearchParams(query).keys()].map((k) => [k, new URLSearchParams(query).getAll(k)]));
    expect(parseFindingListParams(reparsed)).toEqual({ ...params, cursor: 'next' });
  });

  it('leaves defaults out, and the cursor unless asked for', () => {
    expect(findingListQuery(parseFindingListParams({ cursor: 'old' }))).toBe('');
  });
});
