import { describe, expect, it } from 'vitest';
import type { AssessmentStatus } from '@/lib/generated/prisma/enums';
import { checkTransition, nextStatus, previousStatus, type TransitionFacts } from '@/modules/assessments/rules';

const ALL: AssessmentStatus[] = ['PLANNED', 'BRIEFING', 'FIELDWORK', 'REPORTING', 'RECTIFICATION', 'CLOSED'];

/** Every precondition met. */
const READY: TransitionFacts = {
  campaignClosed: false,
  hasBriefingMeeting: true,
  briefingMinutesPublished: true,
  openWorkReports: 0,
  openFindings: 0,
  unverifiedRectifications: 0,
};
const LEADER = { isAdmin: false };
const ADMIN = { isAdmin: true, reason: '汇报会需重新召开' };

describe('the status order', () => {
  it('steps forward and back one status at a time, with nothing after closed or before planned', () => {
    expect(ALL.map(nextStatus)).toEqual(['BRIEFING', 'FIELDWORK', 'REPORTING', 'RECTIFICATION', 'CLOSED', null]);
    expect(ALL.map(previousStatus)).toEqual([null, 'PLANNED', 'BRIEFING', 'FIELDWORK', 'REPORTING', 'RECTIFICATION']);
  });
});

describe('checkTransition', () => {
  it('allows exactly the next step forward to leader and admin when preconditions hold', () => {
    for (const from of ALL) {
      for (const to of ALL) {
        const expected = to === nextStatus(from);
        for (const actor of [LEADER, ADMIN]) {
          const check = checkTransition(from, to, actor, READY);
          if (to === previousStatus(from) && actor.isAdmin) continue;
          expect(check.ok, `${from} → ${to}`).toBe(expected);
          if (check.ok) expect(check.direction).toBe('forward');
        }
      }
    }
  });

  it('refuses skipping steps and staying put', () => {
    expect(checkTransition('PLANNED', 'FIELDWORK', ADMIN, READY)).toEqual({ ok: false, reason: 'notAdjacent' });
    expect(checkTransition('FIELDWORK', 'FIELDWORK', LEADER, READY)).toEqual({ ok: false, reason: 'notAdjacent' });
    expect(checkTransition('REPORTING', 'PLANNED', ADMIN, READY)).toEqual({ ok: false, reason: 'notAdjacent' });
  });

  it('lets only an admin move one step back, and only with a reason', () => {
    for (const from of ALL.slice(1)) {
      const back = previousStatus(from)!;
      expect(checkTransition(from, back, ADMIN, READY)).toEqual({ ok: true, direction: 'back' });
      expect(checkTransition(from, back, LEADER, READY)).toEqual({ ok: false, reason: 'backAdminOnly' });
      expect(checkTransition(from, back, { isAdmin: true, reason: '  ' }, READY)).toEqual({ ok: false, reason: 'backNeedsReason' });
      expect(checkTransition(from, back, { isAdmin: true }, READY)).toEqual({ ok: false, reason: 'backNeedsReason' });
    }
  });

  it('moves back without looking at forward preconditions', () => {
    const nothing = { ...READY, hasBriefingMeeting: false, briefingMinutesPublished: false, openFindings: 3 };
    expect(checkTransition('FIELDWORK', 'BRIEFING', ADMIN, nothing)).toEqual({ ok: true, direction: 'back' });
  });

  it('needs a briefing meeting before the briefing', () => {
    const facts = { ...READY, hasBriefingMeeting: false };
    expect(checkTransition('PLANNED', 'BRIEFING', LEADER, facts)).toEqual({ ok: false, reason: 'needsBriefingMeeting' });
  });

  it('needs the briefing minutes published before fieldwork', () => {
    const facts = { ...READY, briefingMinutesPublished: false };
    expect(checkTransition('BRIEFING', 'FIELDWORK', LEADER, facts)).toEqual({ ok: false, reason: 'needsPublishedMinutes' });
  });

  it('has no preconditions for reporting and rectification', () => {
    const none = { ...READY, hasBriefingMeeting: false, briefingMinutesPublished: false, openWorkReports: 1, openFindings: 1, unverifiedRectifications: 1 };
    expect(checkTransition('FIELDWORK', 'REPORTING', LEADER, none).ok).toBe(true);
    expect(checkTransition('REPORTING', 'RECTIFICATION', LEADER, none).ok).toBe(true);
  });

  it('closes only when nothing is open, and says what is', () => {
    for (const [key, count] of [['openWorkReports', 'reports'], ['openFindings', 'findings'], ['unverifiedRectifications', 'rectifications']] as const) {
      const check = checkTransition('RECTIFICATION', 'CLOSED', ADMIN, { ...READY, [key]: 2 });
      expect(check).toMatchObject({ ok: false, reason: 'openItems', [count]: 2 });
    }
    expect(checkTransition('RECTIFICATION', 'CLOSED', LEADER, READY)).toEqual({ ok: true, direction: 'forward' });
  });

  it('refuses every move in a closed campaign', () => {
    const closed = { ...READY, campaignClosed: true };
    expect(checkTransition('RECTIFICATION', 'CLOSED', ADMIN, closed)).toEqual({ ok: false, reason: 'campaignClosed' });
    expect(checkTransition('CLOSED', 'RECTIFICATION', ADMIN, closed)).toEqual({ ok: false, reason: 'campaignClosed' });
    expect(checkTransition('PLANNED', 'BRIEFING', LEADER, closed)).toEqual({ ok: false, reason: 'campaignClosed' });
  });
});
