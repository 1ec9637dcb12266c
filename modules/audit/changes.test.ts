import { describe, expect, it } from 'vitest';
import { CHANGE_TEXT_MAX, changedFields, readChanges } from '@/modules/audit/changes';

describe('changedFields', () => {
  it('keeps only the fields whose value changed, with old and new', () => {
    const before = { title: '危房未改造', severity: 'GENERAL', notes: null, visitDate: new Date('2019-01-10T00:00:00Z') };
    const after = { title: '危房未改造', severity: 'SERIOUS', notes: '补充说明', visitDate: new Date('2019-01-12T00:00:00Z') };
    expect(changedFields(before, after)).toEqual({
      severity: ['GENERAL', 'SERIOUS'],
      notes: [null, '补充说明'],
      visitDate: ['2019-01-10T00:00:00.000Z', '2019-01-12T00:00:00.000Z'],
    });
  });

  it('treats equal dates as unchanged', () => {
    expect(changedFields({ at: new Date(5) }, { at: new Date(5) })).toEqual({});
  });

  it('cuts long text but still sees a change past the cut', () => {
    const start = '村'.repeat(CHANGE_TEXT_MAX);
    const changes = changedFields({ description: `${start}甲` }, { description: `${start}乙` });
    expect(changes.description).toEqual([`${start}…`, `${start}…`]);
  });
});

describe('readChanges', () => {
  it('reads the recorded pairs in order', () => {
    expect(readChanges({ fromVersion: 2, changes: { title: ['甲', '乙'], size: [3, 4] } })).toEqual([
      { field: 'title', from: '甲', to: '乙' },
      { field: 'size', from: 3, to: 4 },
    ]);
  });

  it('reads a workflow step as a change of status', () => {
    expect(readChanges({ fromVersion: 3, from: 'ISSUED', to: 'PLAN_SUBMITTED' })).toEqual([{ field: 'status', from: 'ISSUED', to: 'PLAN_SUBMITTED' }]);
    expect(readChanges({ from: 2, to: 3 })).toEqual([]);
  });

  it('ignores events without changes and malformed pairs', () => {
    expect(readChanges({})).toEqual([]);
    expect(readChanges(null)).toEqual([]);
    expect(readChanges({ changes: { a: ['x'], b: [{}, 'y'], c: ['p', 'q'] } })).toEqual([{ field: 'c', from: 'p', to: 'q' }]);
  });
});
