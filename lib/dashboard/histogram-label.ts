import { formatIndicatorValue } from '../format-indicator';
import type { Translate } from '../i18n/translate';
import type { Indicator } from '../indicators/catalogue';
import { type HistogramBin, stepDecimals } from './indicator-page-histogram';

/** The bounds of a class as the reader sees them: `12,5–15,0%`, with the decimals the step needs. */
export function binLabel(indicator: Indicator, bin: HistogramBin, t: Translate): string {
  if (bin.lower === bin.upper) return formatIndicatorValue(indicator, bin.lower, t.numberLocale);
  const digits = stepDecimals(bin.upper - bin.lower);
  const format = new Intl.NumberFormat(t.numberLocale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  const unit = indicator.kind === 'percent' ? '%' : '';
  return `${format.format(bin.lower)}–${format.format(bin.upper)}${unit}`;
}
