import { indicatorName, indicatorUnit } from '../dashboard/indicator-options';
import { indicatorDefinition, indicatorTerms } from '../dashboard/indicator-page-definition';
import type { FigureContext } from '../figures/figure-context';
import type { Figure } from '../figures/figure-types';
import { formatCount } from '../format';
import { formatIndicatorValue } from '../format-indicator';
import type { Indicator } from '../indicators/catalogue';
import type { ShownValue } from '../indicators/present';

export type NamedValue = { name: string; shown: ShownValue };

/** One region's figure as the speaker reads it: value and n, or why there is none. */
function valueLine({ name, shown }: NamedValue, indicator: Indicator, { t, minDenominator }: FigureContext) {
  const count = (value: number) => formatCount(value, t.numberLocale);
  if (shown.suppressed)
    return t('deck.notes.withheld', {
      region: name,
      n: count(shown.denominator ?? 0),
      min: count(minDenominator),
    });
  if (shown.value === null) return t('deck.notes.missing', { region: name });
  const value = formatIndicatorValue(indicator, shown.value, t.numberLocale);
  if (shown.denominator === null) return t('deck.notes.valueCount', { region: name, value });
  return t('deck.notes.value', { region: name, value, n: count(shown.denominator) });
}

/**
 * The speaker notes of a slide: what the indicator is (definition, numerator and denominator, unit and
 * direction), the shown regions' values with their n, and the figure's own footnotes.
 */
export function slideNotes(
  indicator: Indicator,
  figure: Figure,
  values: NamedValue[],
  context: FigureContext,
): string {
  const { t } = context;
  const terms = indicatorTerms(indicator, t);
  const unit = indicatorUnit(indicator, t);
  return [
    `${indicatorName(indicator, t)} — ${figure.subtitle}`,
    t('deck.notes.definition', { text: indicatorDefinition(indicator, t) }),
    ...(terms ? [t('deck.notes.terms', terms)] : []),
    t('deck.notes.unit', { unit, direction: t(`deck.direction.${indicator.direction}`) }),
    ...values.map((value) => valueLine(value, indicator, context)),
    ...figure.notes,
  ].join('\n');
}
