import { formatCount } from '@/lib/format';
import { formatIndicatorChange, formatIndicatorValue, shownChange } from '@/lib/format-indicator';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';
import type { ShownValue } from '@/lib/indicators/present';

/** A region's value as one short text: the number, or why there is none. */
export function valueText(indicator: Indicator, shown: ShownValue, t: Translate): string {
  if (shown.suppressed) return t('value.suppressed');
  if (shown.value === null) return t('value.noData');
  return formatIndicatorValue(indicator, shown.value, t.numberLocale);
}

/** The denominator as the pages print it (`n = 1.234`), or nothing for a count, which has none. */
export function denominatorText(shown: ShownValue, t: Translate): string | null {
  return shown.denominator === null
    ? null
    : t('value.n', { n: formatCount(shown.denominator, t.numberLocale) });
}

/** A change as text, rounded as it is shown (`+1,2 poin`), or the words for no change to show. */
export function changeText(indicator: Indicator, change: number | null | undefined, t: Translate): string {
  if (typeof change !== 'number') return t('change.none');
  return formatIndicatorChange(indicator, shownChange(indicator, change), t('change.points'), t.numberLocale);
}
