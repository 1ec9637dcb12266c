// The admin's audit log filters, from the URL (?person=…&kind=…&from=…&to=…&before=…): a person, a
// kind of record, a span of days in the assessment's time zone, and the page position (the id the
// page starts below). Parsing never fails: what it does not know is dropped.
import { localDayBounds } from '@/lib/local-time';

/** The kinds of record the audit trail names, in the order the filter offers them. */
export const AUDIT_ENTITY_TYPES = [
  'Finding', 'WorkReport', 'Meeting', 'SiteVisit', 'HouseholdCheck', 'Assessment', 'AssessmentResult', 'ResultAppeal', 'Campaign',
  'AssessmentGroup', 'Draw', 'Sample', 'Indicator', 'ValidationRule', 'ChecklistTemplate', 'ChecklistItem', 'AgendaItem',
  'MeetingAttendee', 'Comment', 'Attachment', 'StagedPhoto', 'ImportJob', 'RosterImport', 'FindingBatch', 'FindingList', 'Notification', 'User', 'AuditVerificationRun',
] as const;
export type AuditEntityType = (typeof AUDIT_ENTITY_TYPES)[number];

export type AuditLogParams = {
  personId: string | null;
  kind: AuditEntityType | null;
  from: string | null;
  to: string | null;
  before: bigint | null;
};

type Params = Record<string, string | string[] | undefined>;

const one = (params: Params, key: string) => {
  const value = params[key];
  return (Array.isArray(value) ? value[0] : value) ?? null;
};

const day = (value: string | null) => (value && localDayBounds(value) ? value : null);

/** Event ids are PostgreSQL bigints: a larger position could not even be compared with one. */
const MAX_EVENT_ID = BigInt('9223372036854775807');

function position(value: string | null): bigint | null {
  if (!value || !/^[1-9]\d{0,18}$/.test(value)) return null;
  const id = BigInt(value);
  return id <= MAX_EVENT_ID ? id : null;
}

export function parseAuditLogParams(params: Params): AuditLogParams {
  const person = one(params, 'person');
  const kind = one(params, 'kind');
  return {
    personId: person && /^[A-Za-z0-9_-]{1,64}$/.test(person) ? person : null,
    kind: (AUDIT_ENTITY_TYPES as readonly string[]).includes(kind ?? '') ? (kind as AuditEntityType) : null,
    from: day(one(params, 'from')),
    to: day(one(params, 'to')),
    before: position(one(params, 'before')),
  };
}

/** The query string for these filters, starting below `before` (or at the top). */
export function auditLogQuery(params: AuditLogParams, before: bigint | null = null): string {
  const query = new URLSearchParams();
  if (params.personId) query.set('person', params.personId);
  if (params.kind) query.set('kind', params.kind);
  if (params.from) query.set('from', params.from);
  if (params.to) query.set('to', params.to);
  if (before !== null) query.set('before', before.toString());
  const text = query.toString();
  return text ? `?${text}` : '';
}
