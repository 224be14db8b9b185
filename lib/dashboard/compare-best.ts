import { formatIndicatorValue } from '../format-indicator';
import type { Indicator } from '../indicators/catalogue';
import { improvement } from '../indicators/present';

/**
 * Which of the values side by side is the best by the indicator's direction: every value that reads the
 * same as the best one (ties are all marked), none for a neutral indicator, none where fewer than two
 * values are shown or where every shown value ties, and never a withheld or missing one (null).
 */
export function markBest(indicator: Indicator, values: (number | null)[]): boolean[] {
  const none = values.map(() => false);
  const shown = values.filter((value): value is number => value !== null);
  if (indicator.direction === 'neutral' || shown.length < 2) return none;
  // Compared as the reader sees them: 45,23% and 45,18% both read 45,2% and tie.
  const text = (value: number) => formatIndicatorValue(indicator, value, 'en-GB');
  const top = shown.reduce((best, value) =>
    improvement(indicator, value) > improvement(indicator, best) ? value : best,
  );
  const tied = shown.filter((value) => text(value) === text(top)).length;
  if (tied === shown.length) return none;
  return values.map((value) => value !== null && text(value) === text(top));
}
