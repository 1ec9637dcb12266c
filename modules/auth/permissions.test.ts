import { describe, expect, it } from 'vitest';
import { PERMISSIONS, ROLE_PERMISSIONS, roleHasPermission } from '@/modules/auth/permissions';

describe('role → permission table', () => {
  it('fails closed for an unknown role or permission', () => {
    expect(roleHasPermission('SUPERUSER', 'campaign.manage')).toBe(false);
    expect(roleHasPermission('ADMIN', 'campaign.delete-everything')).toBe(false);
    expect(roleHasPermission('', '')).toBe(false);
    expect(roleHasPermission('toString', 'campaign.read')).toBe(false);
  });

  it('gives admins every permission', () => {
    for (const p of PERMISSIONS) expect(roleHasPermission('ADMIN', p)).toBe(true);
  });

  it('keeps officials away from assessors’ work and assessors away from officials’ answers', () => {
    expect(roleHasPermission('OFFICIAL', 'finding.write')).toBe(false);
    expect(roleHasPermission('OFFICIAL', 'meeting.manage')).toBe(false);
    expect(roleHasPermission('OFFICIAL', 'campaign.manage')).toBe(false);
    expect(roleHasPermission('OFFICIAL', 'rectification.write')).toBe(true);
    expect(roleHasPermission('ASSESSOR', 'rectification.write')).toBe(false);
    expect(roleHasPermission('ASSESSOR', 'report.write')).toBe(false);
  });

  it('reserves leadership decisions for the group leader', () => {
    for (const p of ['finding.confirm', 'report.decide', 'meeting.minutes.publish', 'assessment.transition'] as const) {
      expect(roleHasPermission('GROUP_LEADER', p)).toBe(true);
      expect(roleHasPermission('ASSESSOR', p)).toBe(false);
    }
  });

  it('grants a leader everything an assessor has', () => {
    for (const p of ROLE_PERMISSIONS.ASSESSOR) expect(roleHasPermission('GROUP_LEADER', p)).toBe(true);
  });

  it('lists only known permissions', () => {
    for (const granted of Object.values(ROLE_PERMISSIONS)) {
      for (const p of granted) expect(PERMISSIONS).toContain(p);
    }
  });
});
