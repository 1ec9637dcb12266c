import { describe, expect, it } from 'vitest';
import { clockSkew, distanceMetres, farFromVillage, proofFlags, readProofFlags } from '@/modules/field-proof/rules';

// Independent oracles: one degree of latitude is 111.19 km on the mean-radius sphere (2πR/360);
// one degree of longitude at latitude φ is that times cos φ.
const DEGREE_METRES = (2 * Math.PI * 6_371_008.8) / 360;
const VILLAGE = { latitude: 23.4347, longitude: 111.5126 };

describe('distanceMetres', () => {
  it('is zero for the same point and symmetric', () => {
    expect(distanceMetres(VILLAGE, VILLAGE)).toBe(0);
    const other = { latitude: 23.9, longitude: 112.1 };
    expect(distanceMetres(VILLAGE, other)).toBeCloseTo(distanceMetres(other, VILLAGE), 6);
  });

  it('matches a degree of latitude along a meridian and of longitude on the equator', () => {
    expect(distanceMetres({ latitude: 0, longitude: 0 }, { latitude: 1, longitude: 0 })).toBeCloseTo(DEGREE_METRES, 3);
    expect(distanceMetres({ latitude: 0, longitude: 10 }, { latitude: 0, longitude: 11 })).toBeCloseTo(DEGREE_METRES, 3);
  });

  it('shrinks a degree of longitude with the cosine of the latitude (small distances)', () => {
    const d = distanceMetres({ latitude: 60, longitude: 0 }, { latitude: 60, longitude: 0.01 });
    expect(d).toBeCloseTo(DEGREE_METRES * 0.01 * Math.cos(Math.PI / 3), 0);
  });

  it('is half the circumference between antipodes', () => {
    expect(distanceMetres({ latitude: 0, longitude: 0 }, { latitude: 0, longitude: 180 })).toBeCloseTo(DEGREE_METRES * 180, 3);
  });
});

describe('farFromVillage', () => {
  const north = (metres: number) => ({ latitude: VILLAGE.latitude + metres / DEGREE_METRES, longitude: VILLAGE.longitude });

  it('flags a position 5 km away, with the distance and the limit', () => {
    expect(farFromVillage({ ...north(5_000), accuracy: 20 }, VILLAGE)).toEqual({ distanceMetres: 5_000, limitMetres: 3_000 });
  });

  it('does not flag a position within the limit', () => {
    expect(farFromVillage({ ...north(2_900), accuracy: 10 }, VILLAGE)).toBeNull();
  });

  it('gives the device the benefit of its reported accuracy', () => {
    expect(farFromVillage({ ...north(3_500), accuracy: 600 }, VILLAGE)).toBeNull();
    expect(farFromVillage({ ...north(3_500), accuracy: 400 }, VILLAGE)).toEqual({ distanceMetres: 3_500, limitMetres: 3_000 });
    expect(farFromVillage({ ...north(3_500), accuracy: null }, VILLAGE)).not.toBeNull();
  });

  it('judges nothing without a position or a village position', () => {
    expect(farFromVillage(null, VILLAGE)).toBeNull();
    expect(farFromVillage({ ...north(50_000), accuracy: 5 }, null)).toBeNull();
    expect(farFromVillage({ ...north(50_000), accuracy: 5 }, { latitude: null, longitude: null })).toBeNull();
  });
});

describe('clockSkew', () => {
  const received = new Date('2019-02-18T02:30:00Z');

  it('accepts up to ten minutes either way', () => {
    expect(clockSkew(received, new Date('2019-02-18T02:20:00Z'))).toBeNull();
    expect(clockSkew(received, new Date('2019-02-18T02:40:00Z'))).toBeNull();
  });

  it('flags a device clock behind or ahead by more, signed', () => {
    expect(clockSkew(received, new Date('2019-02-18T02:19:59Z'))).toEqual({ seconds: 601 });
    expect(clockSkew(received, new Date('2019-02-18T04:30:00Z'))).toEqual({ seconds: -7_200 });
  });

  it('judges nothing without a device time', () => {
    expect(clockSkew(received, null)).toBeNull();
  });
});

describe('proofFlags and readProofFlags', () => {
  it('names only what was found, and reads it back', () => {
    const flags = proofFlags({ position: { latitude: 24, longitude: 111.5126, accuracy: 10 }, village: VILLAGE, receivedAt: new Date('2019-02-18T03:00:00Z'), deviceSentAt: new Date('2019-02-18T01:00:00Z') });
    expect(Object.keys(flags).sort()).toEqual(['clockSkew', 'farFromVillage']);
    expect(readProofFlags(JSON.parse(JSON.stringify({ tooShort: true, ...flags })))).toEqual(flags);
    expect(proofFlags({ position: null, village: null, receivedAt: new Date(), deviceSentAt: new Date() })).toEqual({});
  });

  it('reads anything unexpected as not flagged', () => {
    expect(readProofFlags(null)).toEqual({});
    expect(readProofFlags({ farFromVillage: { distanceMetres: 'far' }, clockSkew: 3 })).toEqual({});
  });
});
