import 'server-only';
import { getCompareTrend } from '../dashboard/compare';
import { indicatorName } from '../dashboard/indicator-options';
import { getTrend, type Trend } from '../dashboard/overview';
import { regionLabel } from '../dashboard/region-label';
import type { Database } from '../db/client';
import { formatCount } from '../format';
import { formatIndicatorValue } from '../format-indicator';
import type { Indicator } from '../indicators/catalogue';
import type { RegionRow } from '../queries/list-regions';
import { type FigureContext, sourceLine } from './figure-context';
import type { TrendFigure } from './figure-types';

export type TrendFigureRequest = {
  indicator: Indicator;
  /** One line per region, in this order; without regions, DKI Jakarta and its kota as on the overview. */
  regions?: RegionRow[] | undefined;
};

/** The trend as a figure: the lines already computed for the page, with title, source and footnotes. */
export function trendFigure(indicator: Indicator, trend: Trend, subtitle: string, context: FigureContext) {
  const { t, minDenominator } = context;
  const broken = trend.lines.some((line) => line.values.some((value) => value === null));
  const min = formatCount(minDenominator, t.numberLocale);
  const figure: TrendFigure = {
    kind: 'trend',
    title: t('overview.trendTitle', { indicator: indicatorName(indicator, t) }),
    subtitle,
    source: sourceLine(context, trend.periods),
    notes: broken ? [t('figure.trendGapNote', { min })] : [],
    periods: trend.periods,
    lines: trend.lines.map((line) => ({ name: line.name, values: line.values })),
    formatValue: (value) => formatIndicatorValue(indicator, value, t.numberLocale),
    percent: indicator.kind === 'percent',
  };
  return figure;
}

/** The trend of an indicator over every periode with data, for the chosen regions or Jakarta and its kota. */
export async function buildTrendFigure(
  db: Database,
  { indicator, regions }: TrendFigureRequest,
  context: FigureContext,
): Promise<TrendFigure> {
  const { t, minDenominator, periods } = context;
  if (!regions || regions.length === 0) {
    const trend = await getTrend(db, indicator, minDenominator);
    return trendFigure(indicator, trend, t('figure.regionsJakarta'), context);
  }
  const named = regions.map((region) => ({ code: region.code, name: regionLabel(region, t) }));
  const trend = await getCompareTrend(
    db,
    { indicator, regions: named, periods: periods.map((row) => row.period) },
    minDenominator,
  );
  return trendFigure(indicator, trend, named.map((region) => region.name).join(', '), context);
}
