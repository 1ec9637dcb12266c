// Every audit action the code records has a name in words in both languages (events.*.json), and
// every name belongs to an action the code records.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import eventsEn from '@/lib/i18n/messages/events.en.json';
import eventsZh from '@/lib/i18n/messages/events.zh-CN.json';
import { findRecordedActions, findRecordedEntityTypes } from '@/modules/audit/event-actions';
import { AUDIT_ENTITY_TYPES } from '@/modules/audit/log-params';
import { FINDING_ACTIONS } from '@/modules/findings/rules';
import { ZBulkFindingsInput } from '@/modules/findings/schema';

// What each action built from a template can become, read from the values the template takes.
const TEMPLATES: Record<string, readonly string[]> = {
  'finding.${action}': FINDING_ACTIONS.map((a) => `finding.${a}`),
  'finding.bulk.${input.action}': ZBulkFindingsInput.shape.action.options.map((a) => `finding.bulk.${a}`),
  // modules/imports/run.ts finishes a job as DONE, FAILED or CANCELLED.
  'import.${end.state.toLowerCase()}': ['import.done', 'import.failed', 'import.cancelled'],
};

const recorded = findRecordedActions(path.resolve(__dirname, '../..'));
const actions = [...recorded.actions, ...[...recorded.templates].flatMap((t) => TEMPLATES[t] ?? [])].sort();
const keyOf = (action: string) => action.replaceAll('.', '_');

describe('audit event names', () => {
  it('finds the actions the code records, including those passed to audit helpers', () => {
    expect(actions).toEqual(expect.arrayContaining(['finding.update', 'check.submit', 'rectification.revise', 'result.compute', 'report.excelImport']));
  });

  it('knows what every templated action can become', () => {
    expect([...recorded.templates].filter((t) => !(t in TEMPLATES))).toEqual([]);
  });

  it('names every recorded action in zh-CN and en', () => {
    expect(actions.filter((a) => !(keyOf(a) in eventsZh.actions))).toEqual([]);
    expect(actions.filter((a) => !(keyOf(a) in eventsEn.actions))).toEqual([]);
  });

  it('names no action that the code does not record', () => {
    const known = new Set(actions.map(keyOf));
    expect(Object.keys(eventsZh.actions).filter((k) => !known.has(k))).toEqual([]);
  });
});

describe('audit record kinds', () => {
  const types = [...findRecordedEntityTypes(path.resolve(__dirname, '../..'))].sort();

  it('finds the kinds the code records events on', () => {
    expect(types).toEqual(expect.arrayContaining(['Finding', 'WorkReport', 'FindingList', 'User']));
  });

  // The log's filter offers these, and names each in words (history.entities, checked by the compiler).
  it('offers every recorded kind in the audit log filter', () => {
    expect(types.filter((t) => !(AUDIT_ENTITY_TYPES as readonly string[]).includes(t))).toEqual([]);
  });
});
