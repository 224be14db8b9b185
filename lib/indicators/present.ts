import type { Indicator } from './catalogue';

/** Summed counts of a region: null when the region has no data (no records; for coverage, no target). */
export type RegionSums = { numerator: number | null; denominator: number | null };

/** A value as it may leave the server: withheld (suppressed) when its denominator is too small. */
export type ShownValue = {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  suppressed: boolean;
};

/**
 * The value of one region under the disclosure rule of spec/indicators.md: a denominator below
 * `minDenominator` withholds numerator and value. Counts have no denominator and are never withheld.
 */
export function presentValue(indicator: Indicator, sums: RegionSums, minDenominator: number): ShownValue {
  if (sums.numerator === null) return { numerator: null, denominator: null, value: null, suppressed: false };
  if (indicator.kind === 'count')
    return { numerator: sums.numerator, denominator: null, value: sums.numerator, suppressed: false };
  const denominator = sums.denominator ?? 0;
  if (denominator < minDenominator) return { numerator: null, denominator, value: null, suppressed: true };
  return {
    numerator: sums.numerator,
    denominator,
    value: (sums.numerator / denominator) * indicator.multiplier,
    suppressed: false,
  };
}

/**
 * The change from an earlier value to a later one, only where both are shown: percentage points for a
 * percentage, the relative change in percent for a count, the difference for a ratio.
 */
export function changeBetween(indicator: Indicator, earlier: ShownValue, later: ShownValue): number | null {
  if (earlier.value === null || later.value === null) return null;
  if (indicator.kind !== 'count') return later.value - earlier.value;
  return earlier.value === 0 ? null : ((later.value - earlier.value) / earlier.value) * 100;
}

/** How a change reads for the indicator's direction: an improvement is good whether the number rose or fell. */
export type ChangeVerdict = 'better' | 'worse' | 'unchanged' | 'neutral';

export function judgeChange(indicator: Indicator, change: number): ChangeVerdict {
  if (change === 0) return 'unchanged';
  if (indicator.direction === 'neutral') return 'neutral';
  const rose = change > 0;
  return rose === (indicator.direction === 'higher_is_better') ? 'better' : 'worse';
}

/** A change oriented so that a larger number is always an improvement (for ranking who improved most). */
export function improvement(indicator: Indicator, change: number): number {
  return indicator.direction === 'lower_is_better' ? -change : change;
}
