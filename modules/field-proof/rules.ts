// Proof of a field visit, judged by the server when a check or field finding arrives: was the device
// near the village it was about, and could its clock be trusted. Pure; the stored flags are read back
// with readProofFlags. A device can report any position or time: these flags make a lie visible to
// the leader, they cannot make it impossible (docs/decisions/022-field-sync-protocol.md).

/** How far from the village's recorded position a check may be made, beyond the device's own accuracy. */
export const FAR_FROM_VILLAGE_METRES = 3_000;
/** How far the device's clock may be from the server's at sending before its times are not trusted. */
export const CLOCK_SKEW_LIMIT_SECONDS = 10 * 60;

const EARTH_RADIUS_METRES = 6_371_008.8;

export type Coordinates = { latitude: number; longitude: number };
export type DevicePosition = Coordinates & { accuracy: number | null };
export type VillagePosition = { latitude: number | null; longitude: number | null };

export type FarFromVillage = { distanceMetres: number; limitMetres: number };
export type ClockSkew = { seconds: number };
export type ProofFlags = { farFromVillage?: FarFromVillage; clockSkew?: ClockSkew };

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/** Great-circle distance in metres (haversine, on a sphere of the Earth's mean radius). */
export function distanceMetres(a: Coordinates, b: Coordinates): number {
  const dLat = radians(b.latitude - a.latitude);
  const dLon = radians(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.latitude)) * Math.cos(radians(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Far when even the nearest point the device's accuracy allows is beyond the limit. Nothing to judge
 * without a reported position or a recorded village position.
 */
export function farFromVillage(position: DevicePosition | null, village: VillagePosition | null): FarFromVillage | null {
  if (!position || village?.latitude == null || village.longitude == null) return null;
  const distance = distanceMetres(position, { latitude: village.latitude, longitude: village.longitude });
  if (distance - (position.accuracy ?? 0) <= FAR_FROM_VILLAGE_METRES) return null;
  return { distanceMetres: Math.round(distance), limitMetres: FAR_FROM_VILLAGE_METRES };
}

/** Positive seconds: the device's clock is behind the server's; negative: ahead. */
export function clockSkew(receivedAt: Date, deviceSentAt: Date | null): ClockSkew | null {
  if (!deviceSentAt) return null;
  const seconds = Math.round((receivedAt.getTime() - deviceSentAt.getTime()) / 1000);
  return Math.abs(seconds) > CLOCK_SKEW_LIMIT_SECONDS ? { seconds } : null;
}

export function proofFlags(input: { position: DevicePosition | null; village: VillagePosition | null; receivedAt: Date; deviceSentAt: Date | null }): ProofFlags {
  const far = farFromVillage(input.position, input.village);
  const skew = clockSkew(input.receivedAt, input.deviceSentAt);
  return { ...(far && { farFromVillage: far }), ...(skew && { clockSkew: skew }) };
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Flags as stored (JSON, possibly beside other flags) → typed; anything unexpected reads as "not flagged". */
export function readProofFlags(value: unknown): ProofFlags {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, Record<string, unknown> | undefined>;
  const far = v.farFromVillage;
  const skew = v.clockSkew;
  return {
    ...(far && isNumber(far.distanceMetres) && isNumber(far.limitMetres) && { farFromVillage: { distanceMetres: far.distanceMetres, limitMetres: far.limitMetres } }),
    ...(skew && isNumber(skew.seconds) && { clockSkew: { seconds: skew.seconds } }),
  };
}
