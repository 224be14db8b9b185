import { describe, expect, it } from 'vitest';
import {
  CLASS_METHODS,
  classBreaks,
  classOf,
  DEFAULT_CLASS_COUNT,
  DEFAULT_CLASS_METHOD,
  divergingBreaks,
  isClassMethod,
} from './classify';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** How many of the values fall in each class. */
const classSizes = (values: readonly number[], bounds: readonly number[]) => {
  const sizes = new Array<number>(Math.max(bounds.length - 1, 1)).fill(0);
  for (const value of values) {
    const index = classOf(value, bounds);
    sizes[index] = (sizes[index] ?? 0) + 1;
  }
  return sizes;
};

/** The values of each class. */
const classMembers = (values: readonly number[], bounds: readonly number[]) => {
  const members: number[][] = Array.from({ length: Math.max(bounds.length - 1, 1) }, () => []);
  for (const value of values) members[classOf(value, bounds)]?.push(value);
  return members;
};

/** Total sum of squared deviations from the class means. */
const deviations = (values: readonly number[], bounds: readonly number[]) =>
  classMembers(values, bounds).reduce((sum, members) => {
    const mean = members.reduce((a, b) => a + b, 0) / (members.length || 1);
    return sum + members.reduce((a, b) => a + (b - mean) ** 2, 0);
  }, 0);

/** Deterministic pseudo-random integers in [lo, hi]. */
const randomInts = (seed: number, length: number, lo: number, hi: number) => {
  let state = seed;
  return Array.from({ length }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return lo + (state % (hi - lo + 1));
  });
};

const shuffled = (values: readonly number[]) =>
  values
    .map((value, i) => ({ value, key: (i * 7919) % 101 }))
    .sort((a, b) => a.key - b.key)
    .map(({ value }) => value);

const isStrictlyIncreasing = (bounds: readonly number[]) =>
  bounds.every((bound, i) => i === 0 || bound > (bounds[i - 1] ?? Number.NaN));

describe('class methods', () => {
  it('names the three methods and the defaults', () => {
    expect(CLASS_METHODS).toEqual(['kuantil', 'interval', 'alami']);
    expect(DEFAULT_CLASS_METHOD).toBe('kuantil');
    expect(DEFAULT_CLASS_COUNT).toBe(5);
    for (const method of CLASS_METHODS) expect(isClassMethod(method)).toBe(true);
    for (const other of ['', 'quantile', 'Kuantil', 'jenks', 'toString'])
      expect(isClassMethod(other)).toBe(false);
  });
});

describe('classBreaks: quantile', () => {
  it('puts 20 of 1..100 in each of 5 classes, at data values', () => {
    const values = shuffled(range(1, 100));
    const bounds = classBreaks(values, 'kuantil', 5);
    expect(bounds).toEqual([1, 20, 40, 60, 80, 100]);
    expect(classSizes(values, bounds)).toEqual([20, 20, 20, 20, 20]);
    expect(classBreaks(values, 'kuantil')).toEqual(bounds);
  });

  it('splits counts that do not divide evenly as near as possible', () => {
    const values = range(1, 10);
    expect(classSizes(values, classBreaks(values, 'kuantil', 3))).toEqual([3, 4, 3]);
    const sizes = classSizes(range(1, 267), classBreaks(range(1, 267), 'kuantil', 5));
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  });

  it('keeps ties in one class and still makes as many classes as the distinct values allow', () => {
    const values = [1, 1, 1, 1, 1, 1, 1, 1, 2, 3];
    expect(classBreaks(values, 'kuantil', 3)).toEqual([1, 2, 3]);
    const tied = [5, 5, 5, 5, 6, 7, 8, 8, 8, 8, 9, 10];
    const bounds = classBreaks(tied, 'kuantil', 4);
    expect(isStrictlyIncreasing(bounds)).toBe(true);
    expect(bounds).toHaveLength(5);
    for (const bound of bounds) expect(tied).toContain(bound);
  });
});

describe('classBreaks: equal interval', () => {
  it('steps (max - min) / count', () => {
    expect(classBreaks(range(0, 10), 'interval', 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(classBreaks([-3, 9, 1], 'interval', 3)).toEqual([-3, 1, 5, 9]);
    const bounds = classBreaks([0.1, 0.7, 0.2, 0.4], 'interval', 3);
    expect(bounds).toHaveLength(4);
    expect(bounds[1]).toBeCloseTo(0.3);
    expect(bounds[2]).toBeCloseTo(0.5);
    expect(bounds[3]).toBe(0.7);
  });

  it('makes no more classes than there are distinct values', () => {
    expect(classBreaks([0, 10, 10, 0], 'interval', 5)).toEqual([0, 5, 10]);
  });
});

describe('classBreaks: natural breaks', () => {
  it('finds the obvious groups', () => {
    const values = [1, 2, 3, 10, 11, 12, 20, 21, 22];
    expect(classBreaks(values, 'alami', 3)).toEqual([1, 3, 12, 22]);
    expect(classBreaks(shuffled(values), 'alami', 3)).toEqual([1, 3, 12, 22]);
    expect(classBreaks([4, 5, 6, 7, 100, 101, 102], 'alami', 2)).toEqual([4, 7, 102]);
  });

  it('weighs repeated values', () => {
    // Distinct values alone would split {0, 5} | {6, 10}; ten 5s pull 6 into the lower class.
    expect(classBreaks([0, 5, 6, 10], 'alami', 2)).toEqual([0, 5, 10]);
    expect(classBreaks([0, ...new Array(10).fill(5), 6, 10], 'alami', 2)).toEqual([0, 6, 10]);
  });

  it('is optimal: no other bounds at data values have less within-class deviation', () => {
    for (let seed = 1; seed <= 25; seed++) {
      const values = randomInts(seed, 6 + (seed % 7), -20, 40);
      const distinct = [...new Set(values)].sort((a, b) => a - b);
      for (let count = 2; count <= 4; count++) {
        const bounds = classBreaks(values, 'alami', count);
        for (const bound of bounds) expect(values).toContain(bound);
        let best = Number.POSITIVE_INFINITY;
        // Every choice of count - 1 inner bounds among the distinct values other than the least and greatest.
        const inner = distinct.slice(1, -1);
        const choose = (from: number, picked: number[]) => {
          if (picked.length === Math.min(count - 1, inner.length)) {
            best = Math.min(best, deviations(values, [distinct[0] ?? 0, ...picked, distinct.at(-1) ?? 0]));
            return;
          }
          for (let i = from; i < inner.length; i++) choose(i + 1, [...picked, inner[i] ?? 0]);
        };
        choose(0, []);
        expect(deviations(values, bounds)).toBeCloseTo(best, 6);
      }
    }
  });

  it('handles the 267 values of a full map quickly', () => {
    const values = randomInts(7, 267, 0, 1_000_000).map((value) => value / 100);
    const started = performance.now();
    const bounds = classBreaks(values, 'alami', 7);
    expect(performance.now() - started).toBeLessThan(500);
    expect(bounds).toHaveLength(8);
    expect(isStrictlyIncreasing(bounds)).toBe(true);
  });
});

describe('classBreaks: awkward input', () => {
  it('gives no bounds for no values', () => {
    for (const method of CLASS_METHODS) {
      expect(classBreaks([], method)).toEqual([]);
      expect(classBreaks([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY], method)).toEqual(
        [],
      );
    }
  });

  it('ignores NaN and infinities', () => {
    const dirty = [3, Number.NaN, 1, Number.POSITIVE_INFINITY, 2, Number.NEGATIVE_INFINITY, 4, 5, 6];
    for (const method of CLASS_METHODS) {
      expect(classBreaks(dirty, method, 3)).toEqual(classBreaks([1, 2, 3, 4, 5, 6], method, 3));
    }
  });

  it('gives one class [v, v] when all values are equal', () => {
    for (const method of CLASS_METHODS) {
      expect(classBreaks([4.5, 4.5, 4.5], method)).toEqual([4.5, 4.5]);
      expect(classBreaks([-2], method, 7)).toEqual([-2, -2]);
      expect(classOf(4.5, classBreaks([4.5, 4.5], method))).toBe(0);
    }
  });

  it('makes fewer classes when there are fewer distinct values than classes, never a repeated bound', () => {
    const values = [3, 3, 7, 7, 9];
    expect(classBreaks(values, 'kuantil', 5)).toEqual([3, 7, 9]);
    expect(classBreaks(values, 'alami', 5)).toEqual([3, 7, 9]);
    expect(classBreaks(values, 'interval', 5)).toEqual([3, 5, 7, 9]);
    expect(classBreaks([1, 2], 'kuantil', 5)).toEqual([1, 2]);
    expect(classBreaks([1, 2], 'alami', 5)).toEqual([1, 2]);
    expect(classBreaks([1, 2], 'interval', 5)).toEqual([1, 1.5, 2]);
  });

  it('treats a count below 1 as 1 and rounds a fractional count down', () => {
    for (const method of CLASS_METHODS) {
      expect(classBreaks([5, 1, 3], method, 0)).toEqual([1, 5]);
      expect(classBreaks([5, 1, 3], method, -4)).toEqual([1, 5]);
      expect(classBreaks([5, 1, 3], method, Number.NaN)).toEqual([1, 5]);
      expect(classBreaks(range(0, 10), method, 2.9)).toHaveLength(3);
    }
  });

  it('always gives strictly increasing bounds from min to max, no more classes than asked', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const values = randomInts(seed, 1 + (seed % 30), -5, 5 + seed);
      for (const method of CLASS_METHODS) {
        for (let count = 1; count <= 8; count++) {
          const bounds = classBreaks(values, method, count);
          const distinct = new Set(values).size;
          expect(bounds[0]).toBe(Math.min(...values));
          expect(bounds.at(-1)).toBe(Math.max(...values));
          if (distinct > 1) {
            expect(isStrictlyIncreasing(bounds)).toBe(true);
            // Bounds at data values leave the least value sharing class 0: at most distinct - 1 classes.
            const most = method === 'interval' ? distinct : distinct - 1;
            expect(bounds.length - 1).toBe(Math.min(count, most));
          }
          if (method !== 'interval') for (const bound of bounds) expect(values).toContain(bound);
          expect(classSizes(values, bounds).reduce((a, b) => a + b, 0)).toBe(values.length);
        }
      }
    }
  });
});

describe('classOf', () => {
  const bounds = [0, 10, 20, 30];

  it('puts a value on a bound in the class below it, except the least', () => {
    expect(classOf(0, bounds)).toBe(0);
    expect(classOf(5, bounds)).toBe(0);
    expect(classOf(10, bounds)).toBe(0);
    expect(classOf(10.000001, bounds)).toBe(1);
    expect(classOf(20, bounds)).toBe(1);
    expect(classOf(20.5, bounds)).toBe(2);
    expect(classOf(30, bounds)).toBe(2);
  });

  it('puts values beyond the ends in the first and last class', () => {
    expect(classOf(-5, bounds)).toBe(0);
    expect(classOf(Number.NEGATIVE_INFINITY, bounds)).toBe(0);
    expect(classOf(31, bounds)).toBe(2);
    expect(classOf(Number.POSITIVE_INFINITY, bounds)).toBe(2);
  });

  it('has one class for short bounds, and none for NaN', () => {
    expect(classOf(3, [])).toBe(0);
    expect(classOf(3, [5])).toBe(0);
    expect(classOf(3, [5, 5])).toBe(0);
    expect(classOf(7, [5, 9])).toBe(0);
    expect(classOf(Number.NaN, bounds)).toBe(-1);
  });
});

describe('divergingBreaks', () => {
  const changes = [-8.5, -3, -2.2, -1, -0.4, 0.3, 1.1, 2, 2.5, 4, 6.8, 9, 12, 15];

  const mixesSigns = (values: readonly number[], bounds: readonly number[]) =>
    classMembers(values, bounds).some(
      (members) => members.some((value) => value < 0) && members.some((value) => value > 0),
    );

  it('makes 0 a bound, so that no class holds both gains and losses', () => {
    for (const method of CLASS_METHODS) {
      const plain = classBreaks(changes, method);
      expect(mixesSigns(changes, plain)).toBe(true); // else this test would prove nothing
      const bounds = divergingBreaks(changes, method);
      expect(bounds).toContain(0);
      expect(isStrictlyIncreasing(bounds)).toBe(true);
      expect(bounds[0]).toBe(-8.5);
      expect(bounds.at(-1)).toBe(15);
      expect(mixesSigns(changes, bounds)).toBe(false);
      expect(bounds.length).toBeGreaterThanOrEqual(plain.length);
      expect(bounds.length).toBeLessThanOrEqual(plain.length + 1);
    }
  });

  it('moves the bound nearest 0 to 0', () => {
    expect(classBreaks(range(-1, 9), 'interval', 5)).toEqual([-1, 1, 3, 5, 7, 9]);
    expect(divergingBreaks(range(-1, 9), 'interval', 5)).toEqual([-1, 0, 3, 5, 7, 9]);
    expect(classBreaks(range(-7, 3), 'interval', 5)).toEqual([-7, -5, -3, -1, 1, 3]);
    expect(divergingBreaks(range(-7, 3), 'interval', 5)).toEqual([-7, -5, -3, 0, 1, 3]);
  });

  it('moves the other bound beside 0 when moving the nearest would empty a class', () => {
    const values = [-10, -9, -8, 1, 2, 3, 30, 40, 50];
    expect(classBreaks(values, 'kuantil', 3)).toEqual([-10, -8, 3, 50]);
    // Moving 3 to 0 would leave (-8, 0] empty.
    expect(divergingBreaks(values, 'kuantil', 3)).toEqual([-10, 0, 3, 50]);
  });

  it('adds 0 when there is no inner bound to move', () => {
    expect(divergingBreaks([-4, 2, 7], 'kuantil', 1)).toEqual([-4, 0, 7]);
    expect(divergingBreaks([-1, 1, 1], 'alami', 5)).toEqual([-1, 0, 1]);
  });

  it('is classBreaks when the values lie on one side of 0 or 0 is already a bound', () => {
    for (const method of CLASS_METHODS) {
      for (const values of [range(0, 20), range(-20, 0), [3, 8, 1, 9, 14], [], [-2, -2]]) {
        expect(divergingBreaks(values, method)).toEqual(classBreaks(values, method));
      }
    }
    expect(classBreaks(range(-5, 5), 'interval', 2)).toEqual([-5, 0, 5]);
    expect(divergingBreaks(range(-5, 5), 'interval', 2)).toEqual([-5, 0, 5]);
  });

  it('keeps gains and losses apart for any values, method and count', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const values = randomInts(seed, 2 + (seed % 25), -30, 30).map((value) => value / 3);
      for (const method of CLASS_METHODS) {
        for (let count = 1; count <= 7; count++) {
          const bounds = divergingBreaks(values, method, count);
          const plain = classBreaks(values, method, count);
          if (Math.min(...values) < 0 && Math.max(...values) > 0) {
            expect(bounds).toContain(0);
            expect(bounds.length - plain.length).toBeLessThanOrEqual(1);
          } else expect(bounds).toEqual(plain);
          if (new Set(values).size > 1) expect(isStrictlyIncreasing(bounds)).toBe(true);
          expect(mixesSigns(values, bounds)).toBe(false);
          const filled = (b: readonly number[]) => classSizes(values, b).filter((size) => size > 0).length;
          expect(filled(bounds)).toBeGreaterThanOrEqual(filled(plain));
        }
      }
    }
  });
});
