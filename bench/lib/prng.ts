/** A small seeded pseudo-random generator: the same seed always yields the same fixtures. */
export interface Random {
  /** A float in [0, 1). */
  next: () => number;
  /** An integer in [min, max] (both inclusive). */
  int: (min: number, max: number) => number;
  /** One element of a non-empty list. */
  pick: <T>(items: readonly T[]) => T;
  /** True with probability `p`. */
  chance: (p: number) => boolean;
}

/**
 * Creates a mulberry32 generator from a 32-bit seed.
 *
 * mulberry32 is tiny, fast and well distributed for fixture text; it is not for cryptography.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) {
      throw new Error('pick from an empty list');
    }
    return items[Math.floor(next() * items.length)] as T;
  };
  return { next, int, pick, chance: (p) => next() < p };
}
