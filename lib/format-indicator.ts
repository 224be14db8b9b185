import { formatCount, type Locale } from './format';
import type { Indicator } from './indicators/catalogue';

/** Decimals that say enough and no more: a share to a tenth of a percent, family size to a hundredth. */
function decimals(indicator: Indicator): number {
  if (indicator.kind === 'count') return 0;
  return indicator.id === 'family_size' ? 2 : 1;
}

function formatNumber(value: number, digits: number, locale: Locale, signed = false): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
}

/** A value as a reader sees it: `82,3%`, `3,21`, `1.234.567` (or `82.3%` in English). */
export function formatIndicatorValue(indicator: Indicator, value: number, locale: Locale = 'id-ID'): string {
  if (indicator.kind === 'count') return formatCount(value, locale);
  const text = formatNumber(value, decimals(indicator), locale);
  return indicator.kind === 'percent' ? `${text}%` : text;
}

/** The change as it is shown: rounded to the digits its text has, so that `+0,0` never reads as a rise. */
export function shownChange(indicator: Indicator, change: number): number {
  const digits = indicator.kind === 'count' ? 1 : decimals(indicator);
  return Number(change.toFixed(digits));
}

/**
 * A change as the spec defines it, signed: percentage points for a percentage (`+1,2 poin`), percent
 * for a count (`+3,4%`), the plain difference for a ratio (`-0,05`). `pointsUnit` is the translated
 * word for percentage points.
 */
export function formatIndicatorChange(
  indicator: Indicator,
  change: number,
  pointsUnit: string,
  locale: Locale = 'id-ID',
): string {
  if (indicator.kind === 'count') return `${formatNumber(change, 1, locale, true)}%`;
  const text = formatNumber(change, decimals(indicator), locale, true);
  return indicator.kind === 'percent' ? `${text} ${pointsUnit}` : text;
}
