import { describe, expect, it } from 'vitest';
import { binIndexOf, histogramOf, niceStep, stepDecimals } from './indicator-page-histogram';

const total = (bins: { count: number }[]) => bins.reduce((sum, bin) => sum + bin.count, 0);

describe('the histogram of kelurahan values', () => {
  it('cuts a range into about ten classes with round bounds', () => {
    const bins = histogramOf([12.3, 17.8, 25, 31.4, 44.9, 58.2]);
    expect(bins[0]).toMatchObject({ lower: 10, upper: 15 });
    expect(bins.at(-1)).toMatchObject({ lower: 55, upper: 60 });
    expect(bins).toHaveLength(10);
    expect(total(bins)).toBe(6);
  });

  it('counts a value on a bound in the class above it, and the largest value in the last class', () => {
    const bins = histogramOf([0, 10, 20, 100]);
    expect(bins.map((bin) => bin.lower)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(bins.map((bin) => bin.count)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('keeps decimal bounds free of binary noise', () => {
    const bins = histogramOf([0.1, 0.2, 0.3, 0.7]);
    expect(bins.map((bin) => bin.lower)).toEqual([
      0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65,
    ]);
    expect(total(bins)).toBe(4);
    expect(bins.find((bin) => bin.lower === 0.3)?.count).toBe(1);
  });

  it('makes classes at least one wide for whole numbers', () => {
    const bins = histogramOf([3, 4, 5, 6], { integers: true });
    expect(bins.map((bin) => bin.upper - bin.lower)).toEqual([1, 1, 1]);
    expect(total(bins)).toBe(4);
  });

  it('makes one class of equal values and none of no values', () => {
    expect(histogramOf([42, 42, 42])).toEqual([{ lower: 42, upper: 42, count: 3 }]);
    expect(histogramOf([])).toEqual([]);
  });

  it('chooses steps of 1, 2, 2.5 or 5 times a power of ten, with the decimals they need', () => {
    expect(niceStep(100, 10)).toBe(10);
    expect(niceStep(23, 10)).toBe(2.5);
    expect(niceStep(0.9, 10)).toBe(0.1);
    expect(niceStep(4400, 10)).toBe(500);
    expect(stepDecimals(2.5)).toBe(1);
    expect(stepDecimals(0.05)).toBe(2);
    expect(stepDecimals(500)).toBe(0);
  });

  it('finds the class of a value, such as the one Jakarta falls in', () => {
    const bins = histogramOf([0, 10, 20, 100]);
    expect(binIndexOf(bins, 0)).toBe(0);
    expect(binIndexOf(bins, 15)).toBe(1);
    expect(binIndexOf(bins, 100)).toBe(9);
    expect(binIndexOf(bins, 101)).toBe(-1);
    expect(binIndexOf([{ lower: 5, upper: 5, count: 2 }], 5)).toBe(0);
  });
});
