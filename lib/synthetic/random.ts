/**
 * A seeded pseudo-random generator (sfc32) and the hashes that seed it. Everything the synthetic generator
 * draws goes through here, so that the same seed and options always give the same files: never Math.random.
 */

/** A 128-bit string hash (cyrb128), four unsigned 32-bit words: the state of a new generator. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * What a fixed uniform of a family or person is for. A family or person stores one 32-bit seed, and each
 * of its lasting answers (safe water, insurance, school…) compares its own uniform, derived from the seed
 * and the trait, with the period's level; nothing else needs storing, and answers persist between rounds.
 */
export const Trait = {
  water: 1,
  waterKind: 2,
  latrine: 3,
  latrineKind: 4,
  wasteBin: 5,
  wastewater: 6,
  p4k: 7,
  up2k: 8,
  yard: 9,
  homeIndustry: 10,
  communityWork: 11,
  prosperity: 12,
  staple: 13,
  jkn: 14,
  savings: 15,
  record: 16,
  ownJkn: 17,
  ownSavings: 18,
  care: 19,
  literacy: 20,
  kb: 21,
  kbMethod: 22,
  breastfeeding: 23,
  houseQuality: 24,
} as const;

/** The uniform in [0, 1) of a seed for a trait (murmur3's finaliser over seed and trait). */
export function traitUnit(seed: number, trait: number): number {
  let h = seed ^ Math.imul(trait, 0x9e3779b9);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The inverse of `logistic`, for turning a stored uniform into a spread-out score. */
export function logit(p: number): number {
  const clamped = Math.min(Math.max(p, 1e-6), 1 - 1e-6);
  return Math.log(clamped / (1 - clamped));
}

/** Weights turned into cumulative shares ending at 1, for drawing an index with `Random.index`. */
export function cumulativeShares(weights: readonly number[]): number[] {
  let total = 0;
  for (const weight of weights) total += weight;
  let running = 0;
  return weights.map((weight) => {
    running += weight / total;
    return running;
  });
}

/** The index whose cumulative share first exceeds u (u in [0, 1)). */
export function indexAt(cumulative: readonly number[], u: number): number {
  const last = cumulative.length - 1;
  for (let i = 0; i < last; i++) if (u < (cumulative[i] ?? 1)) return i;
  return last;
}

export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spareNormal = 0;
  private hasSpareNormal = false;

  /** A generator whose whole sequence is fixed by the labels, e.g. `new Random('data', seed, '31.71.01.1001')`. */
  constructor(...labels: readonly (string | number)[]) {
    [this.a, this.b, this.c, this.d] = cyrb128(labels.join('\u001f'));
    for (let i = 0; i < 12; i++) this.nextUint32();
  }

  nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A seed for traitUnit. */
  seed(): number {
    return this.nextUint32() | 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.nextUint32() / 4294967296;
  }

  /** Uniform integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** Uniform integer in [min, max], both included. */
  between(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Standard normal (Box-Muller, both values used). */
  normal(): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return this.spareNormal;
    }
    const radius = Math.sqrt(-2 * Math.log(1 - this.next()));
    const angle = 2 * Math.PI * this.next();
    this.spareNormal = radius * Math.sin(angle);
    this.hasSpareNormal = true;
    return radius * Math.cos(angle);
  }

  pick<T>(items: readonly T[]): T {
    const item = items[this.int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** An index drawn with the weights behind `cumulative` (see cumulativeShares). */
  index(cumulative: readonly number[]): number {
    return indexAt(cumulative, this.next());
  }
}
