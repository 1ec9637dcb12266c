// Role → permission table. A permission not listed for a role is denied, and so is
// an unknown role or permission (fail closed). Scope (which rows) is decided by
// each module's access.ts from the role assignment the permission came from.
import type { Role } from '@/lib/generated/prisma/enums';

export const PERMISSIONS = [
  'campaign.read',
  'campaign.manage',
  'group.read',
  'group.manage',
  'assessment.read',
  'assessment.transition',
  'meeting.read',
  'meeting.manage',
  'meeting.minutes.write',
  'meeting.minutes.publish',
  'report.read',
  'report.write',
  'report.review',
  'report.decide',
  'siteVisit.read',
  'siteVisit.manage',
  'check.write',
  'finding.read',
  'finding.write',
  'finding.confirm',
  'finding.verify',
  'rectification.write',
  'region.read',
  'region.manage',
  'user.manage',
  'audit.read',
  /** Ask the worker for a check of the audit chain now (admins). */
  'audit.verify',
  /** Assessment results: see them (scope in modules/results/access.ts), compute/score/submit/answer (leader),
   *  appeal an indicator verdict (officials of the target city), finalise and re-open (admin). */
  'result.read',
  'result.compute',
  'result.appeal',
  'result.finalise',
  /** One's own account: password, sessions. Every role has it. */
  'account.self',
  /** Cancel one's own import job (admins: any); held by the roles that can import something. */
  'import.cancel',
] as const;

export type Permission = (typeof PERMISSIONS)[number];

const ASSESSOR: readonly Permission[] = [
  'account.self',
  'campaign.read',
  'group.read',
  'assessment.read',
  'meeting.read',
  'meeting.minutes.write',
  'report.read',
  'report.review',
  'siteVisit.read',
  'check.write',
  'finding.read',
  'finding.write',
  'finding.verify',
  'region.read',
  'result.read',
];

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: PERMISSIONS,
  GROUP_LEADER: [
    ...ASSESSOR,
    'assessment.transition',
    'meeting.manage',
    'meeting.minutes.publish',
    'report.decide',
    'siteVisit.manage',
    'finding.confirm',
    'import.cancel',
    'result.compute',
  ],
  ASSESSOR,
  OFFICIAL: [
    'account.self',
    'assessment.read',
    'meeting.read',
    'report.read',
    'report.write',
    'siteVisit.read',
    'finding.read',
    'rectification.write',
    'region.read',
    'import.cancel',
    'result.read',
    'result.appeal',
  ],
};

export function roleHasPermission(role: string, permission: string): boolean {
  if (!Object.hasOwn(ROLE_PERMISSIONS, role)) return false;
  return (ROLE_PERMISSIONS as Record<string, readonly string[]>)[role]!.includes(permission);
}
