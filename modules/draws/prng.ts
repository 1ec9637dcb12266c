// A small, fully specified pseudo-random generator, so a recorded draw can be re-run anywhere:
// xoshiro128** (Blackman & Vigna) seeded with the first 16 bytes of SHA-256(seed, UTF-8),
// read as four big-endian 32-bit words. Never Math.random: it can neither be seeded nor reproduced.
import { createHash } from 'node:crypto';

export type Rng = {
  /** The next 32-bit unsigned integer. */
  nextUint32(): number;
  /** An integer in [0, n), without modulo bias (rejection sampling). */
  nextInt(n: number): number;
};

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

export function createRng(seed: string): Rng {
  const digest = createHash('sha256').update(seed, 'utf8').digest();
  const state = [0, 4, 8, 12].map((offset) => digest.readUInt32BE(offset)) as [number, number, number, number];
  // xoshiro must not start from the all-zero state; SHA-256 giving 128 zero bits is not a practical case.
  if (state.every((word) => word === 0)) state[0] = 1;
  return xoshiro128ss(state);
}

export function xoshiro128ss(state: readonly [number, number, number, number]): Rng {
  let [s0, s1, s2, s3] = state.map((word) => word >>> 0) as [number, number, number, number];

  function nextUint32(): number {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  }

  function nextInt(n: number): number {
    if (!Number.isInteger(n) || n < 1 || n > 2 ** 32) throw new RangeError(`nextInt(${n})`);
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % n;
    }
  }

  return { nextUint32, nextInt };
}

/** Fisher–Yates from the end: a new array, the input untouched. */
export function shuffle<T>(items: readonly T[], rng: Rng): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.nextInt(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
