import 'server-only';
import { readValueRows, type ValueRow } from '../api/values-table';
import type { Database } from '../db/client';
import { shownChange } from '../format-indicator';
import { PROVINCE_CODE } from '../geo/region-codes';
import { findIndicator, type Indicator } from '../indicators/catalogue';
import { changeBetween, improvement, presentValue, type ShownValue } from '../indicators/present';
import { getRegionIndicators } from '../queries/get-region-indicators';
import { getSeriesByRegion } from '../queries/get-series-by-region';
import { listRegions } from '../queries/list-regions';
import { HEADLINE_INDICATORS } from './headline-indicators';

export type Headline = { indicator: Indicator; shown: ShownValue; change: number | null };

const requireIndicator = (id: string) => findIndicator(id) as Indicator;

/**
 * Jakarta's value of each headline indicator (or of each of `indicatorIds`) in the periode, with its
 * change since the previous one.
 */
export async function getHeadlines(
  db: Database,
  period: string,
  previous: string | undefined,
  minDenominator: number,
  indicatorIds: readonly string[] = Object.values(HEADLINE_INDICATORS).flat(),
): Promise<Headline[]> {
  const periods = previous ? [previous, period] : [period];
  const sums = await getRegionIndicators(db, { region: PROVINCE_CODE, level: 'province', periods });
  const find = (id: string, at: string) =>
    sums.find((row) => row.indicator === id && row.period === at) ?? { numerator: null, denominator: null };
  return indicatorIds.map((id) => {
    const indicator = requireIndicator(id);
    const shown = presentValue(indicator, find(id, period), minDenominator);
    const before = previous ? presentValue(indicator, find(id, previous), minDenominator) : undefined;
    return { indicator, shown, change: before ? changeBetween(indicator, before, shown) : null };
  });
}

/** One line per region (Jakarta, then its kota), one value per periode; null where withheld or missing. */
export type Trend = { periods: string[]; lines: { code: string; name: string; values: (number | null)[] }[] };

export async function getTrend(db: Database, indicator: Indicator, minDenominator: number): Promise<Trend> {
  const [province, cities, names] = await Promise.all([
    getSeriesByRegion(db, { indicator: indicator.id, level: 'province' }),
    getSeriesByRegion(db, { indicator: indicator.id, level: 'city' }),
    listRegions(db, { level: 'city' }),
  ]);
  const periods = [...new Set(province.map((row) => row.period))];
  const line = (code: string, name: string, rows: typeof province) => ({
    code,
    name,
    values: periods.map((period) => {
      const sums = rows.find((row) => row.period === period && row.code === code);
      return sums ? presentValue(indicator, sums, minDenominator).value : null;
    }),
  });
  return {
    periods,
    lines: [
      line(PROVINCE_CODE, 'DKI Jakarta', province),
      ...names.map((city) => line(city.code, city.name, cities)),
    ],
  };
}

export type Movers = { improved: ValueRow[]; worsened: ValueRow[] };

/**
 * The kelurahan whose value improved most and worsened most since the previous periode, by the
 * indicator's direction (for a neutral indicator: the largest rises and falls). Withheld values take
 * no part.
 */
export async function getMovers(
  db: Database,
  indicator: Indicator,
  period: string,
  previous: string,
  minDenominator: number,
  count = 5,
): Promise<Movers> {
  const rows = await readValueRows(
    db,
    { indicator, period, level: 'village', compare: previous },
    minDenominator,
  );
  // Ranked by the change as shown, so that a change that rounds to zero is not called a move.
  const score = (row: ValueRow) => improvement(indicator, shownChange(indicator, row.change as number));
  const moved = rows.filter((row) => typeof row.change === 'number' && score(row) !== 0);
  const ranked = [...moved].sort((a, b) => score(b) - score(a));
  return {
    improved: ranked.filter((row) => score(row) > 0).slice(0, count),
    worsened: ranked
      .filter((row) => score(row) < 0)
      .reverse()
      .slice(0, count),
  };
}
