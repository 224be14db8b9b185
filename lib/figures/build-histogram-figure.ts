import 'server-only';
import { binLabel } from '../dashboard/histogram-label';
import { indicatorName } from '../dashboard/indicator-options';
import { getIndicatorFigures } from '../dashboard/indicator-page';
import type { Database } from '../db/client';
import { formatCount } from '../format';
import { formatIndicatorValue } from '../format-indicator';
import { periodLabel } from '../i18n/period-label';
import type { Indicator } from '../indicators/catalogue';
import { type FigureContext, sourceLine } from './figure-context';
import type { BarsFigure } from './figure-types';

/**
 * The indicator page's histogram as a figure: one bar per class of round bounds, the number of kelurahan
 * in it, and the class DKI Jakarta's own value falls in highlighted.
 */
export async function buildHistogramFigure(
  db: Database,
  { indicator, period }: { indicator: Indicator; period: string },
  context: FigureContext,
): Promise<BarsFigure> {
  const { t, minDenominator } = context;
  const { histogram, jakartaBin, counts, jakarta } = await getIndicatorFigures(
    db,
    { indicator, period, previous: undefined },
    minDenominator,
  );
  const left = counts.suppressed + counts.missing;
  const count = (value: number) => formatCount(value, t.numberLocale);
  return {
    kind: 'bars',
    title: t('figure.histogramTitle', { indicator: indicatorName(indicator, t) }),
    subtitle: `DKI Jakarta · ${periodLabel(t, period)}`,
    source: sourceLine(context, [period]),
    notes: [
      ...(jakartaBin >= 0 && typeof jakarta?.value === 'number'
        ? [
            t('figure.histogramJakarta', {
              value: formatIndicatorValue(indicator, jakarta.value, t.numberLocale),
            }),
          ]
        : []),
      ...(left > 0 ? [t('figure.histogramNote', { count: count(left) })] : []),
    ],
    bars: histogram.map((bin, index) => ({
      label: binLabel(indicator, bin, t),
      value: bin.count,
      ...(index === jakartaBin ? { highlight: true } : {}),
    })),
    formatValue: count,
    axisLabel: t('figure.histogramAxis'),
    missingLabel: t('figure.noData'),
  };
}
