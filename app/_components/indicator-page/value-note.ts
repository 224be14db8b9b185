import { formatCount } from '@/lib/format';
import type { Translate } from '@/lib/i18n/translate';
import type { ShownValue } from '@/lib/indicators/present';

/**
 * The line under a value: its n, why it is withheld (n below the minimum), that it is a total count, or
 * nothing when there is no value at all.
 */
export function valueNote(shown: ShownValue, t: Translate, minDenominator: number): string | null {
  if (shown.suppressed && shown.denominator !== null)
    return t('value.suppressedWhy', {
      n: formatCount(shown.denominator, t.numberLocale),
      min: formatCount(minDenominator, t.numberLocale),
    });
  if (shown.value === null) return null;
  return shown.denominator === null
    ? t('value.count')
    : t('value.n', { n: formatCount(shown.denominator, t.numberLocale) });
}
