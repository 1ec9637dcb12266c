// The authorization matrix: who may use each entry point, written down from the permission model
// (modules/auth/permissions.ts, modules/*/access.ts, docs/decisions/003-permission-model.md) and
// not from what the code answers. A row per page, route handler method and server action; the
// tests (lib/server/authorization-matrix.int.test.ts, e2e/authorization-pages.spec.ts) fail on an
// entry point without a row, a row without an entry point, and any answer that differs.
//
// Adding rows: a new entry point is named by the failing test as `page /x`, `GET /api/x` or
// `modules/x/actions.ts#xAction`; add it below with the audience of the permission it requires
// (and `finding` when its input names a finding), reading the role table, not the code's answer.

/** The demo users of the matrix (seeds/demo-users.ts), signed in; anonymous is the eighth column. */
export const MATRIX_ROLES = ['admin', 'leader6', 'assessor6', 'zhaoqing', 'fengkai', 'huaiji', 'zhongshan'] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

// Who holds a permission, restated from permissions.ts: admins hold all; group leaders add the
// leading ones to the assessors'; officials read and answer for their region. Acting as the
// answering region is for officials only: an admin counts as a group's leader and assessors,
// never as an official (findings/access.ts actsAs), so region parties exclude the admin.
const ADMINS: readonly MatrixRole[] = ['admin'];
const LEADERS: readonly MatrixRole[] = ['admin', 'leader6'];
const GROUP: readonly MatrixRole[] = ['admin', 'leader6', 'assessor6'];
const OFFICIALS: readonly MatrixRole[] = ['admin', 'zhaoqing', 'fengkai', 'huaiji', 'zhongshan'];
const EVERYONE: readonly MatrixRole[] = MATRIX_ROLES;
const REGION_PARTIES: readonly MatrixRole[] = ['zhaoqing', 'fengkai', 'huaiji', 'zhongshan'];
// import.cancel: admins, group leaders and officials (the roles that can start an import of some kind).
const IMPORTERS: readonly MatrixRole[] = ['admin', 'leader6', 'zhaoqing', 'fengkai', 'huaiji', 'zhongshan'];

/** The demo's two issued findings, one per county: the records of the finding rows. */
export type FindingRecord = 'fengkai' | 'huaiji';

/**
 * Which issued finding each role may address (findings/access.ts): admins all; group 6's leader and
 * assessor every finding of its assessment; an official those of their region and below (Zhaoqing
 * holds both counties, Zhongshan helps Zhaoqing but holds neither). Out of scope is NOT_FOUND.
 */
export const FINDING_SCOPE: Record<MatrixRole, readonly FindingRecord[]> = {
  admin: ['fengkai', 'huaiji'],
  leader6: ['fengkai', 'huaiji'],
  assessor6: ['fengkai', 'huaiji'],
  zhaoqing: ['fengkai', 'huaiji'],
  fengkai: ['fengkai'],
  huaiji: ['huaiji'],
  zhongshan: [],
};

export type Row = {
  /** The roles the permission check lets through; every other signed-in role gets FORBIDDEN (a page: 404). */
  who: readonly MatrixRole[];
  /** The input field that names a finding: the row then has a cell per finding record. */
  finding?: string;
  /** Why only the anonymous cell is run (the runner cannot yet build an input that passes the schema). */
  anonymousOnly?: string;
  /** A page opened on a demo record: the roles that may see that record; the others it lets through get the row-scope 404. */
  seenBy?: readonly MatrixRole[];
};

// An allowed call would deactivate, re-role or reset the demo users that the other cells sign in as;
// every role's answer to these is asserted in modules/users/users.int.test.ts instead.
const USERS_ELSEWHERE = 'allowed calls would change the demo users other cells sign in as; see modules/users/users.int.test.ts';

export const ACTION_ROWS: Record<string, Row> = {
  'modules/account/actions.ts#changeOwnPasswordAction': { who: EVERYONE },
  'modules/account/actions.ts#signOutEverywhereAction': { who: EVERYONE },
  'modules/account/actions.ts#updateOwnEmailAction': { who: EVERYONE },
  'modules/assessments/actions.ts#transitionAssessmentAction': { who: LEADERS },
  'modules/audit/actions.ts#requestAuditVerificationAction': { who: ADMINS },
  // One's own notifications: every role (account.self); someone else's is NOT_FOUND (notifications.int.test.ts).
  'modules/notifications/actions.ts#markNotificationReadAction': { who: EVERYONE },
  'modules/notifications/actions.ts#markAllNotificationsReadAction': { who: EVERYONE },
  'modules/notifications/actions.ts#updateReminderScheduleAction': { who: ADMINS },
  'modules/attachments/actions.ts#removeReportAttachmentAction': { who: OFFICIALS },
  'modules/campaigns/actions.ts#createCampaignAction': { who: ADMINS },
  'modules/campaigns/actions.ts#updateCampaignAction': { who: ADMINS },
  'modules/campaigns/actions.ts#changeCampaignStatusAction': { who: ADMINS },
  'modules/campaigns/actions.ts#updateResultsConfigAction': { who: ADMINS },
  'modules/checklists/actions.ts#createTemplateAction': { who: ADMINS },
  'modules/checklists/actions.ts#updateTemplateAction': { who: ADMINS },
  'modules/checklists/actions.ts#addItemAction': { who: ADMINS },
  'modules/checklists/actions.ts#updateItemAction': { who: ADMINS },
  'modules/checklists/actions.ts#removeItemAction': { who: ADMINS },
  'modules/checklists/actions.ts#moveItemAction': { who: ADMINS },
  'modules/comments/actions.ts#addReportCommentAction': { who: GROUP },
  'modules/comments/actions.ts#replyToReportCommentAction': { who: OFFICIALS },
  'modules/draws/actions.ts#createDrawAction': { who: ADMINS },
  'modules/draws/actions.ts#verifyDrawAction': { who: GROUP },
  'modules/findings/actions.ts#createFindingAction': { who: GROUP },
  'modules/findings/actions.ts#updateFindingAction': { who: GROUP, finding: 'id' },
  'modules/findings/actions.ts#removeFindingEvidenceAction': { who: GROUP, finding: 'findingId' },
  'modules/findings/actions.ts#confirmFindingAction': { who: LEADERS, finding: 'id' },
  'modules/findings/actions.ts#issueFindingAction': { who: LEADERS, finding: 'id' },
  'modules/findings/actions.ts#decideAppealAction': { who: LEADERS, finding: 'id' },
  'modules/findings/actions.ts#closeFindingAction': { who: GROUP, finding: 'id' },
  'modules/findings/actions.ts#returnFindingAction': { who: GROUP, finding: 'id' },
  'modules/findings/actions.ts#bulkFindingsAction': { who: LEADERS },
  'modules/groups/actions.ts#createGroupAction': { who: ADMINS },
  'modules/groups/actions.ts#updateGroupAction': { who: ADMINS },
  'modules/groups/actions.ts#deleteGroupAction': { who: ADMINS },
  'modules/groups/actions.ts#setLeaderAction': { who: ADMINS },
  'modules/groups/actions.ts#addMemberAction': { who: ADMINS },
  'modules/groups/actions.ts#addNewMemberAction': { who: ADMINS },
  'modules/groups/actions.ts#removeMemberAction': { who: ADMINS },
  'modules/groups/actions.ts#assignTargetAction': { who: ADMINS },
  'modules/groups/actions.ts#unassignTargetAction': { who: ADMINS },
  'modules/indicators/actions.ts#createIndicatorAction': { who: ADMINS },
  'modules/indicators/actions.ts#updateIndicatorAction': { who: ADMINS },
  'modules/indicators/actions.ts#removeIndicatorAction': { who: ADMINS },
  'modules/indicators/actions.ts#moveIndicatorAction': { who: ADMINS },
  'modules/indicators/actions.ts#copyFrameworkAction': { who: ADMINS },
  'modules/meetings/actions.ts#scheduleMeetingAction': { who: LEADERS },
  'modules/meetings/actions.ts#updateMeetingAction': { who: LEADERS },
  'modules/meetings/actions.ts#addAgendaItemAction': { who: LEADERS },
  'modules/meetings/actions.ts#updateAgendaItemAction': { who: LEADERS },
  'modules/meetings/actions.ts#removeAgendaItemAction': { who: LEADERS },
  'modules/meetings/actions.ts#moveAgendaItemAction': { who: LEADERS },
  'modules/meetings/actions.ts#addAttendeeAction': { who: LEADERS },
  'modules/meetings/actions.ts#markAttendanceAction': { who: LEADERS },
  'modules/meetings/actions.ts#removeAttendeeAction': { who: LEADERS },
  'modules/meetings/actions.ts#saveMinutesAction': { who: GROUP },
  'modules/meetings/actions.ts#publishMinutesAction': { who: LEADERS },
  'modules/results/actions.ts#computeResultsAction': { who: LEADERS },
  'modules/results/actions.ts#setManualScoreAction': { who: LEADERS },
  'modules/results/actions.ts#submitResultsAction': { who: LEADERS },
  'modules/results/actions.ts#answerResultAppealAction': { who: LEADERS },
  'modules/results/actions.ts#finaliseResultsAction': { who: ADMINS },
  'modules/results/actions.ts#reopenResultsAction': { who: ADMINS },
  'modules/rectifications/actions.ts#submitPlanAction': { who: REGION_PARTIES, finding: 'id' },
  'modules/rectifications/actions.ts#revisePlanAction': { who: REGION_PARTIES, finding: 'findingId' },
  'modules/rectifications/actions.ts#addProgressUpdateAction': { who: REGION_PARTIES, finding: 'findingId' },
  'modules/reports/actions.ts#openOwnReportAction': { who: OFFICIALS },
  'modules/reports/actions.ts#prepareReportAction': { who: LEADERS },
  'modules/reports/actions.ts#saveReportDraftAction': { who: OFFICIALS },
  'modules/reports/actions.ts#submitReportAction': { who: OFFICIALS },
  'modules/reports/actions.ts#returnReportAction': { who: LEADERS },
  'modules/reports/actions.ts#acceptReportAction': { who: LEADERS },
  'modules/reports/actions.ts#setReportDeadlineAction': { who: LEADERS },
  'modules/sampling/actions.ts#drawSampleAction': { who: LEADERS },
  'modules/sampling/actions.ts#verifySampleAction': { who: EVERYONE },
  'modules/sampling/actions.ts#updateSamplingRulesAction': { who: ADMINS },
  'modules/checks/actions.ts#prepareVisitOfflineAction': { who: GROUP },
  'modules/site-visits/actions.ts#planSiteVisitAction': { who: LEADERS },
  'modules/site-visits/actions.ts#updateSiteVisitAction': { who: LEADERS },
  'modules/site-visits/actions.ts#cancelSiteVisitAction': { who: LEADERS },
  'modules/site-visits/actions.ts#changeSiteVisitStatusAction': { who: LEADERS },
  'modules/site-visits/actions.ts#reopenSiteVisitAction': { who: LEADERS },
  'modules/site-visits/actions.ts#pickHouseholdsAction': { who: LEADERS },
  'modules/validation-rules/actions.ts#createRuleAction': { who: ADMINS },
  'modules/validation-rules/actions.ts#updateRuleAction': { who: ADMINS },
  'modules/validation-rules/actions.ts#removeRuleAction': { who: ADMINS },
  'modules/validation-rules/actions.ts#moveRuleAction': { who: ADMINS },
  'modules/users/actions.ts#createUserAction': { who: ADMINS, anonymousOnly: USERS_ELSEWHERE },
  'modules/users/actions.ts#updateUserAction': { who: ADMINS, anonymousOnly: USERS_ELSEWHERE },
  'modules/users/actions.ts#deactivateUserAction': { who: ADMINS, anonymousOnly: USERS_ELSEWHERE },
  'modules/users/actions.ts#reactivateUserAction': { who: ADMINS, anonymousOnly: USERS_ELSEWHERE },
  'modules/users/actions.ts#resetPasswordAction': { who: ADMINS, anonymousOnly: USERS_ELSEWHERE },
  'modules/users/actions.ts#addRoleAction': { who: ADMINS, anonymousOnly: USERS_ELSEWHERE },
  'modules/users/actions.ts#removeRoleAction': { who: ADMINS, anonymousOnly: USERS_ELSEWHERE },
};

/**
 * Route handlers that answer everyone alike, signed in or not, outside the guarded path, and why:
 * they read no session and no input, and say nothing about the data.
 */
export const PUBLIC_ROUTE_ROWS: Record<string, string> = {
  'GET /api/health': 'liveness probe of a load balancer or orchestrator: the process answers',
  'GET /api/ready': 'readiness probe: database, storage and job queue answer (503 naming the part that does not)',
};

/** Route handlers: the session is read first, so anonymous is 401 everywhere; `who` as for actions. */
export const ROUTE_ROWS: Record<string, Row> = {
  'POST /api/checks': { who: GROUP },
  // Photos sent ahead of a check or finding: check.write (held with finding.write by the group).
  'POST /api/field-photos': { who: GROUP },
  'POST /api/findings': { who: GROUP },
  // As for evidence: by the time route handlers run, the admin's allowed group actions have changed group 6's
  // members, so no finding cell; the row check is asserted in modules/findings/field-findings.int.test.ts.
  'PATCH /api/findings/[id]': { who: GROUP },
  // The report of an assessment's results: visibility is the results' own rule (getAssessmentResults).
  'GET /api/assessments/[id]/report': { who: EVERYONE },
  'GET /api/campaigns/[id]/results': { who: ADMINS },
  // finding.read: every role; the ledger's own scope (getLedger) decides which assessment and rows.
  'GET /api/assessments/[id]/ledger': { who: EVERYONE },
  'GET /api/findings/export': { who: EVERYONE },
  'GET /api/checks/[id]/photos/[attachmentId]': { who: EVERYONE },
  'POST /api/findings/[id]/appeal': { who: REGION_PARTIES, finding: 'id' },
  'GET /api/findings/[id]/attachments/[attachmentId]': { who: EVERYONE },
  'POST /api/findings/[id]/evidence': { who: GROUP },
  'POST /api/findings/[id]/proof': { who: REGION_PARTIES, finding: 'id' },
  'POST /api/reports/[id]/attachments': { who: OFFICIALS, anonymousOnly: 'the upload body is not generated yet' },
  'GET /api/reports/[id]/attachments/[attachmentId]': { who: EVERYONE },
  'GET /api/reports/[id]/excel/export': { who: EVERYONE },
  'GET /api/reports/[id]/excel/template': { who: EVERYONE },
  'POST /api/reports/[id]/excel/import': { who: OFFICIALS, anonymousOnly: 'the filled-in report workbook is not generated yet' },
  'GET /api/imports/[id]': { who: EVERYONE },
  'POST /api/imports/cancel': { who: IMPORTERS },
  // result.appeal: officials (and admins, who hold every permission; the row check then refuses them).
  'POST /api/results/[assessmentId]/appeals': { who: OFFICIALS },
  'GET /api/results/[assessmentId]/attachments/[attachmentId]': { who: EVERYONE },
  'POST /api/rosters': { who: LEADERS, anonymousOnly: 'the roster workbook is not generated yet' },
};

// The demo records the pages with an [id] are opened on (e2e/authorization-pages.spec.ts) and who
// sees each, restated from the access rules. Group 6's assessment of Zhaoqing (its meetings, site
// visit lists and reports list): the group, admins, Zhaoqing's officials and Zhongshan's, which helps
// Zhaoqing; a county official sees only assessments of their county or below (assessments/access.ts).
const ZHAOQING_ASSESSMENT: readonly MatrixRole[] = ['admin', 'leader6', 'assessor6', 'zhaoqing', 'zhongshan'];
// Zhaoqing's own work report: the group, admins and officials of the reporting region or above;
// a partner city sees only the paired-assistance reports about the region (reports/access.ts).
const ZHAOQING_REPORT: readonly MatrixRole[] = ['admin', 'leader6', 'assessor6', 'zhaoqing'];
// Fengkai county, a done site visit there and its household checks: the group whose assessment
// covers it, admins and officials of the county or above (site-visits, checks, households/access.ts).
const FENGKAI_RECORDS: readonly MatrixRole[] = ['admin', 'leader6', 'assessor6', 'zhaoqing', 'fengkai'];

/** Pages: anonymous is sent to /login (the login page itself is public); a role without the permission gets a 404 page. */
export const PAGE_ROWS: Record<string, Row & { public?: true }> = {
  'page /': { who: EVERYONE },
  'page /login': { who: EVERYONE, public: true },
  'page /account': { who: EVERYONE },
  'page /assessments': { who: EVERYONE },
  'page /assessments/[id]': { who: EVERYONE, seenBy: ZHAOQING_ASSESSMENT },
  'page /assessments/[id]/findings': { who: EVERYONE },
  'page /assessments/[id]/findings/new': { who: GROUP },
  'page /assessments/[id]/ledger': { who: EVERYONE },
  'page /assessments/[id]/meetings/new': { who: LEADERS },
  // The results of group 6's assessment: before the leader submits, the group and admins only (no official).
  'page /assessments/[id]/results/print': { who: EVERYONE, seenBy: ['admin', 'leader6', 'assessor6'] },
  'page /assessments/[id]/reports': { who: EVERYONE, seenBy: ZHAOQING_ASSESSMENT },
  // The demo's results are not computed at start: only the group and admins see the (empty) page;
  // officials see results only once submitted, and only those of the target city (results/access.ts).
  'page /assessments/[id]/results': { who: EVERYONE, seenBy: ['admin', 'leader6', 'assessor6'] },
  'page /assessments/[id]/site-visits': { who: EVERYONE, seenBy: ZHAOQING_ASSESSMENT },
  'page /audit': { who: ADMINS },
  'page /notifications': { who: EVERYONE },
  'page /offline': { who: EVERYONE },
  'page /campaigns': { who: GROUP },
  'page /campaigns/new': { who: ADMINS },
  'page /campaigns/[id]': { who: GROUP },
  // assessment.read; the demo campaign has a part for every role (officials: their region's, Zhongshan: its paired report).
  'page /campaigns/[id]/dashboard': { who: EVERYONE },
  'page /campaigns/[id]/draws': { who: ADMINS },
  'page /campaigns/[id]/groups': { who: ADMINS },
  'page /campaigns/[id]/indicators': { who: GROUP },
  'page /campaigns/[id]/results': { who: ADMINS },
  'page /campaigns/[id]/rules': { who: GROUP },
  'page /campaigns/[id]/sampling': { who: GROUP },
  'page /checklists': { who: ADMINS },
  'page /checklists/[id]': { who: ADMINS },
  'page /checks/[id]': { who: EVERYONE, seenBy: FENGKAI_RECORDS },
  'page /findings': { who: EVERYONE },
  'page /findings/[id]': { who: EVERYONE, finding: 'id' },
  'page /meetings/[id]': { who: EVERYONE, seenBy: ZHAOQING_ASSESSMENT },
  'page /meetings/[id]/notice': { who: EVERYONE, seenBy: ZHAOQING_ASSESSMENT },
  'page /regions/[id]/roster': { who: EVERYONE, seenBy: FENGKAI_RECORDS },
  'page /reports': { who: EVERYONE },
  // Signed in is enough: each kind of record is searched only with its read permission and scope.
  'page /search': { who: EVERYONE },
  'page /reports/[id]': { who: EVERYONE, seenBy: ZHAOQING_REPORT },
  'page /reports/[id]/diff': { who: EVERYONE, seenBy: ZHAOQING_REPORT },
  'page /reports/[id]/print': { who: EVERYONE, seenBy: ZHAOQING_REPORT },
  'page /site-visits': { who: EVERYONE },
  'page /site-visits/[id]': { who: EVERYONE, seenBy: FENGKAI_RECORDS },
  'page /site-visits/[id]/checks': { who: EVERYONE, seenBy: FENGKAI_RECORDS },
  'page /site-visits/[id]/checks/new': { who: GROUP },
  'page /site-visits/[id]/findings/new': { who: GROUP },
  'page /users': { who: ADMINS },
  'page /users/new': { who: ADMINS },
  'page /users/[id]': { who: ADMINS },
};

export type Outcome = 'allowed' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'VALIDATION';

/** The expected answer of one cell. `record` is given for rows with a finding. */
export function expectedOutcome(row: Row, role: MatrixRole | 'anonymous', record?: FindingRecord): Outcome {
  if (role === 'anonymous') return 'UNAUTHENTICATED';
  if (!row.who.includes(role)) return 'FORBIDDEN';
  if (record && !FINDING_SCOPE[role].includes(record)) return 'NOT_FOUND';
  if (row.seenBy && !row.seenBy.includes(role)) return 'NOT_FOUND';
  return 'allowed';
}
