import { describe, expect, it } from 'vitest';
import { niceTicks } from './nice-ticks';

function steps(ticks: number[]): number[] {
  return ticks.slice(1).map((tick, index) => Number((tick - (ticks[index] ?? 0)).toFixed(10)));
}

describe('niceTicks', () => {
  it.each([
    [0.3, 9.7],
    [78.2, 84.2],
    [-3.2, 2.3],
    [0, 1234],
    [0.012, 0.047],
    [1_000_000, 1_250_000],
  ])('covers [%d, %d] with about 5 evenly spaced round ticks', (min, max) => {
    const ticks = niceTicks(min, max, 5);
    expect(ticks[0]).toBeLessThanOrEqual(min);
    expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
    expect(ticks.length).toBeGreaterThanOrEqual(3);
    expect(ticks.length).toBeLessThanOrEqual(8);
    const [step = 0] = steps(ticks);
    expect(new Set(steps(ticks))).toEqual(new Set([step]));
    // A round step: 1, 2, 2.5 or 5 times a power of ten.
    const mantissa = Number((step / 10 ** Math.floor(Math.log10(step))).toFixed(6));
    expect([1, 2, 2.5, 5]).toContain(mantissa);
  });

  it('gives the ticks a reader expects', () => {
    expect(niceTicks(0, 100, 5)).toEqual([0, 25, 50, 75, 100]);
    expect(niceTicks(0.3, 9.7, 5)).toEqual([0, 2.5, 5, 7.5, 10]);
  });

  it('writes decimal ticks without floating-point noise', () => {
    for (const tick of niceTicks(0.1, 0.7, 6)) expect(String(tick)).toMatch(/^\d(\.\d)?$/);
  });

  it('still gives an axis for a flat series', () => {
    const ticks = niceTicks(50, 50, 5);
    expect(ticks[0]).toBeLessThan(50);
    expect(ticks.at(-1)).toBeGreaterThan(50);
  });
});
