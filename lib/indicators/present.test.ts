import { describe, expect, it } from 'vitest';
import { findIndicator, type Indicator } from './catalogue';
import { changeBetween, improvement, judgeChange, presentValue } from './present';

const indicator = (id: string) => findIndicator(id) as Indicator;

describe('presentValue', () => {
  it('gives the exact ratio times the multiplier, unrounded', () => {
    expect(presentValue(indicator('safe_water'), { numerator: 2, denominator: 30 }, 10)).toEqual({
      numerator: 2,
      denominator: 30,
      value: (2 / 30) * 100,
      suppressed: false,
    });
  });

  it('withholds numerator and value below the minimum denominator, and keeps the denominator', () => {
    expect(presentValue(indicator('safe_water'), { numerator: 9, denominator: 9 }, 10)).toEqual({
      numerator: null,
      denominator: 9,
      value: null,
      suppressed: true,
    });
    expect(presentValue(indicator('safe_water'), { numerator: 9, denominator: 10 }, 10).suppressed).toBe(
      false,
    );
  });

  it('never withholds a count, which has no denominator', () => {
    expect(presentValue(indicator('families'), { numerator: 3, denominator: null }, 10)).toEqual({
      numerator: 3,
      denominator: null,
      value: 3,
      suppressed: false,
    });
  });

  it('tells a region without data from a suppressed one', () => {
    expect(presentValue(indicator('coverage'), { numerator: null, denominator: null }, 10)).toEqual({
      numerator: null,
      denominator: null,
      value: null,
      suppressed: false,
    });
  });
});

describe('changeBetween', () => {
  const shown = (value: number | null) => ({
    numerator: 1,
    denominator: 1,
    value,
    suppressed: value === null,
  });

  it('is the difference in percentage points for a percentage', () => {
    expect(changeBetween(indicator('safe_water'), shown(80), shown(82.5))).toBeCloseTo(2.5);
  });

  it('is the relative change in percent for a count', () => {
    expect(changeBetween(indicator('families'), shown(200), shown(210))).toBeCloseTo(5);
    expect(changeBetween(indicator('families'), shown(0), shown(10))).toBeNull();
  });

  it('is the difference for a ratio', () => {
    expect(changeBetween(indicator('family_size'), shown(3.2), shown(3.1))).toBeCloseTo(-0.1);
  });

  it('is absent unless both values are shown', () => {
    expect(changeBetween(indicator('safe_water'), shown(null), shown(80))).toBeNull();
    expect(changeBetween(indicator('safe_water'), shown(80), shown(null))).toBeNull();
  });
});

describe('judgeChange', () => {
  it('calls a rise better when higher is better, and a fall better when lower is better', () => {
    expect(judgeChange(indicator('safe_water'), 1.5)).toBe('better');
    expect(judgeChange(indicator('safe_water'), -1.5)).toBe('worse');
    expect(judgeChange(indicator('stunting_risk'), -2)).toBe('better');
    expect(judgeChange(indicator('stunting_risk'), 2)).toBe('worse');
  });

  it('takes no side for a neutral indicator, and says so when nothing changed', () => {
    expect(judgeChange(indicator('population'), 3)).toBe('neutral');
    expect(judgeChange(indicator('safe_water'), 0)).toBe('unchanged');
  });

  it('ranks improvements the same way for both directions', () => {
    expect(improvement(indicator('stunting_risk'), -2)).toBe(2);
    expect(improvement(indicator('safe_water'), 2)).toBe(2);
  });
});
