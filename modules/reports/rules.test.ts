import { describe, expect, it } from 'vitest';
import type { WorkReportStatus } from '@/lib/generated/prisma/enums';
import {
  assertReportTransition,
  canCommentOn,
  isOverdue,
  isReportEditable,
  missingForSubmit,
  nextReportStatus,
  pickNarrative,
  readNarrative,
  reportPeriodsFor,
  type ReportEvent,
} from '@/modules/reports/rules';

const STATUSES: WorkReportStatus[] = ['DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'];

describe('report workflow', () => {
  it('allows exactly draft/returned → submitted → returned or accepted', () => {
    const table = Object.fromEntries(
      STATUSES.map((s) => [s, Object.fromEntries((['submit', 'return', 'accept'] as ReportEvent[]).map((e) => [e, nextReportStatus(s, e)]))]),
    );
    expect(table).toEqual({
      DRAFT: { submit: 'SUBMITTED', return: null, accept: null },
      SUBMITTED: { submit: null, return: 'RETURNED', accept: 'ACCEPTED' },
      RETURNED: { submit: 'SUBMITTED', return: null, accept: null },
      ACCEPTED: { submit: null, return: null, accept: null },
    });
  });

  it('fails closed for an unknown event and explains a refused one', () => {
    expect(nextReportStatus('DRAFT', 'withdraw' as ReportEvent)).toBeNull();
    expect(() => assertReportTransition('ACCEPTED', 'return')).toThrow(
      expect.objectContaining({ code: 'RULE_VIOLATION', messageKey: 'reports.errors.cannot.return' }),
    );
  });

  it('lets only drafts and returned reports change, and freezes accepted ones for comments too', () => {
    expect(STATUSES.filter(isReportEditable)).toEqual(['DRAFT', 'RETURNED']);
    expect(canCommentOn('DRAFT', 0)).toBe(false);
    expect(canCommentOn('SUBMITTED', 1)).toBe(true);
    expect(canCommentOn('RETURNED', 1)).toBe(true);
    expect(canCommentOn('ACCEPTED', 2)).toBe(false);
  });
});

describe('isOverdue', () => {
  const now = new Date('2019-02-16T00:00:00+08:00');
  const past = new Date('2019-02-15T18:00:00+08:00');
  it('is overdue only while the officials still owe the report', () => {
    expect(isOverdue({ status: 'DRAFT', deadline: past }, now)).toBe(true);
    expect(isOverdue({ status: 'RETURNED', deadline: past }, now)).toBe(true);
    expect(isOverdue({ status: 'SUBMITTED', deadline: past }, now)).toBe(false);
    expect(isOverdue({ status: 'DRAFT', deadline: null }, now)).toBe(false);
    expect(isOverdue({ status: 'DRAFT', deadline: new Date('2019-02-17') }, now)).toBe(false);
  });
});

describe('form shape', () => {
  it('asks rates for a baseline as well', () => {
    expect(reportPeriodsFor('PERCENT')).toEqual(['BASELINE', 'CUMULATIVE', 'THIS_YEAR']);
    expect(reportPeriodsFor('COUNT')).toEqual(['CUMULATIVE', 'THIS_YEAR']);
  });

  it('lists the sections (and the helped scope) still missing before submission', () => {
    expect(missingForSubmit('WORK', { workDone: 'x', measures: ' ', plan: 'y' }, 0)).toEqual(['narrative.measures', 'narrative.problems']);
    expect(missingForSubmit('PAIRED_ASSISTANCE', { workDone: 'a', coverage: 'b', problems: 'c', plan: 'd' }, 0)).toEqual(['scope']);
    expect(missingForSubmit('PAIRED_ASSISTANCE', { workDone: 'a', coverage: 'b', problems: 'c', plan: 'd' }, 4)).toEqual([]);
  });
});

describe('narrative', () => {
  it('reads stored text sections and ignores anything else', () => {
    expect(readNarrative({ workDone: '做了', plan: 3, x: null })).toEqual({ workDone: '做了' });
    expect(readNarrative(['a'])).toEqual({});
  });

  it('keeps the sections of the kind, trimmed, and drops the rest', () => {
    expect(pickNarrative('WORK', { workDone: ' 做了 ', coverage: '不属于工作汇报' })).toEqual({ workDone: '做了', measures: '', problems: '', plan: '' });
  });
});
