import { indicatorName, indicatorUnit } from '../dashboard/indicator-options';
import { formatCount } from '../format';
import { formatIndicatorValue } from '../format-indicator';
import { periodLabel } from '../i18n/period-label';
import type { Indicator } from '../indicators/catalogue';
import type { ShownValue } from '../indicators/present';
import { type FigureContext, sourceLine } from './figure-context';
import type { BarsFigure } from './figure-types';

/** The compared regions' values of one indicator in one periode as bars, withheld ones said so. */
export function compareBarsFigure(
  indicator: Indicator,
  values: { name: string; shown: ShownValue }[],
  period: string,
  context: FigureContext,
): BarsFigure {
  const { t, minDenominator } = context;
  const withheld = values.filter((value) => value.shown.suppressed).length;
  const unit = indicatorUnit(indicator, t);
  return {
    kind: 'bars',
    title: t('figure.barsTitle', { indicator: indicatorName(indicator, t) }),
    subtitle: periodLabel(t, period),
    source: sourceLine(context, [period]),
    notes:
      withheld > 0
        ? [
            t('figure.withheldRegionsNote', {
              count: String(withheld),
              min: formatCount(minDenominator, t.numberLocale),
            }),
          ]
        : [],
    bars: values.map(({ name, shown }) => ({ label: name, value: shown.value })),
    formatValue: (value) => formatIndicatorValue(indicator, value, t.numberLocale),
    axisLabel: t('figure.barsAxis', { unit }),
    missingLabel: t('figure.noValue'),
  };
}
