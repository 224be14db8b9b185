import 'server-only';
import type { Database } from '../db/client';
import { INDICATORS, type Indicator } from '../indicators/catalogue';
import { presentValue, type RegionSums, type ShownValue } from '../indicators/present';
import { getRegionsIndicatorSums } from '../queries/get-regions-indicator-sums';
import { markBest } from './compare-best';
import type { Trend } from './overview';

/** A value in the comparison, and whether it is the best of its row. */
export type CompareCell = ShownValue & { best: boolean };

/** One indicator across the chosen regions, in their order. */
export type CompareRow = { indicator: Indicator; cells: CompareCell[] };

const NO_SUMS: RegionSums = { numerator: null, denominator: null };

/**
 * Every indicator of the catalogue for each chosen region in the periode, withheld where n is too small,
 * with the best value of each row marked; in one query.
 */
export async function getCompareRows(
  db: Database,
  { codes, period }: { codes: string[]; period: string },
  minDenominator: number,
): Promise<CompareRow[]> {
  const sums = await getRegionsIndicatorSums(db, { codes, periods: [period] });
  const byKey = new Map(sums.map((row) => [`${row.indicator} ${row.code}`, row]));
  return INDICATORS.map((indicator) => {
    const shown = codes.map((code) =>
      presentValue(indicator, byKey.get(`${indicator.id} ${code}`) ?? NO_SUMS, minDenominator),
    );
    const best = markBest(
      indicator,
      shown.map((value) => value.value),
    );
    return { indicator, cells: shown.map((value, index) => ({ ...value, best: best[index] ?? false })) };
  });
}

/** The chosen regions over every periode with data, one line each (null where withheld or missing). */
export async function getCompareTrend(
  db: Database,
  {
    indicator,
    regions,
    periods,
  }: { indicator: Indicator; regions: { code: string; name: string }[]; periods: string[] },
  minDenominator: number,
): Promise<Trend> {
  const sums = await getRegionsIndicatorSums(db, {
    codes: regions.map((r) => r.code),
    indicator: indicator.id,
  });
  const byKey = new Map(sums.map((row) => [`${row.period} ${row.code}`, row]));
  return {
    periods,
    lines: regions.map(({ code, name }) => ({
      code,
      name,
      values: periods.map(
        (period) => presentValue(indicator, byKey.get(`${period} ${code}`) ?? NO_SUMS, minDenominator).value,
      ),
    })),
  };
}
