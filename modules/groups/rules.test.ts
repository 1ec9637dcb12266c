import { describe, expect, it } from 'vitest';
import { findConflict, findTie, isRelated, mayAssess, type PairingPaths } from '@/modules/groups/rules';

// A slice of the reference tree: Guangdong → Zhaoqing (Fengkai, Duanzhou), Zhongshan (a town), Shanwei.
const GD = '/440000/';
const ZHAOQING = '/440000/441200/';
const FENGKAI = '/440000/441200/441225/';
const DUANZHOU = '/440000/441200/441202/';
const ZHONGSHAN = '/440000/442000/';
const ZHONGSHAN_TOWN = '/440000/442000/442000101/';
const SHANWEI = '/440000/441500/';

// Zhongshan helps Zhaoqing and Fengkai.
const PAIRINGS: PairingPaths[] = [
  { helperPath: ZHONGSHAN, helpedPath: ZHAOQING },
  { helperPath: ZHONGSHAN, helpedPath: FENGKAI },
];

describe('isRelated', () => {
  it('holds for the same region, ancestors and descendants, not for siblings or prefixes of codes', () => {
    expect(isRelated(ZHAOQING, ZHAOQING)).toBe(true);
    expect(isRelated(ZHAOQING, FENGKAI)).toBe(true);
    expect(isRelated(FENGKAI, ZHAOQING)).toBe(true);
    expect(isRelated(ZHAOQING, SHANWEI)).toBe(false);
    expect(isRelated('/44/1/', '/44/12/')).toBe(false);
  });
});

describe('findTie', () => {
  it('refuses the home region itself', () => {
    expect(findTie(ZHAOQING, ZHAOQING, [])).toEqual({ relation: 'HOME' });
  });

  it('refuses a region above the home region (ancestors up to the province)', () => {
    expect(findTie(FENGKAI, ZHAOQING, [])).toEqual({ relation: 'TARGET_ABOVE' });
    expect(findTie(FENGKAI, GD, [])).toEqual({ relation: 'TARGET_ABOVE' });
  });

  it('refuses a region below the home region', () => {
    expect(findTie(ZHAOQING, FENGKAI, [])).toEqual({ relation: 'TARGET_BELOW' });
    expect(findTie(GD, SHANWEI, [])).toEqual({ relation: 'TARGET_BELOW' });
  });

  it('refuses the helper for someone from the helped region, and the helped for someone from the helper', () => {
    expect(findTie(ZHAOQING, ZHONGSHAN, PAIRINGS)).toEqual({ relation: 'PAIRED', pairing: PAIRINGS[0] });
    expect(findTie(ZHONGSHAN, ZHAOQING, PAIRINGS)).toEqual({ relation: 'PAIRED', pairing: PAIRINGS[0] });
  });

  it('follows pairings through ancestors and descendants on both sides', () => {
    // Duanzhou is not helped itself, but its city is.
    expect(findTie(DUANZHOU, ZHONGSHAN, PAIRINGS)?.relation).toBe('PAIRED');
    // A Zhongshan town is tied to Zhaoqing and to every county of it.
    expect(findTie(ZHONGSHAN_TOWN, ZHAOQING, PAIRINGS)?.relation).toBe('PAIRED');
    expect(findTie(ZHONGSHAN_TOWN, DUANZHOU, PAIRINGS)?.relation).toBe('PAIRED');
    // Only a county-level pairing, seen from the city above the helped county.
    const countyOnly = [PAIRINGS[1]!];
    expect(findTie(ZHONGSHAN, ZHAOQING, countyOnly)).toEqual({ relation: 'PAIRED', pairing: PAIRINGS[1] });
    expect(findTie(ZHAOQING, ZHONGSHAN, countyOnly)).toEqual({ relation: 'PAIRED', pairing: PAIRINGS[1] });
  });

  it('lets someone from an unrelated city assess', () => {
    expect(findTie(SHANWEI, ZHAOQING, PAIRINGS)).toBeNull();
    expect(findTie(SHANWEI, FENGKAI, PAIRINGS)).toBeNull();
    expect(findTie(ZHAOQING, SHANWEI, PAIRINGS)).toBeNull();
  });

  it('fails closed for someone without a home region', () => {
    expect(findTie(null, SHANWEI, [])).toEqual({ relation: 'NO_HOME' });
  });
});

describe('findConflict', () => {
  const leader = { userId: 'leader', homePath: SHANWEI };
  const member = { userId: 'member', homePath: ZHAOQING };

  it('names the first person tied to the target', () => {
    expect(findConflict([leader, member], ZHONGSHAN, PAIRINGS)).toEqual({ person: member, tie: { relation: 'PAIRED', pairing: PAIRINGS[0] } });
    expect(findConflict([leader, member], ZHAOQING, PAIRINGS)).toEqual({ person: member, tie: { relation: 'HOME' } });
  });

  it('finds nothing when everybody may assess', () => {
    expect(findConflict([leader], ZHAOQING, PAIRINGS)).toBeNull();
    expect(mayAssess([leader], ZHAOQING, PAIRINGS)).toBe(true);
    expect(mayAssess([leader, member], SHANWEI, PAIRINGS)).toBe(false);
  });
});
