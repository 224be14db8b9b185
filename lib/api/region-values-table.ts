import 'server-only';
import type { Database } from '../db/client';
import { INDICATORS, type Indicator, THEMES } from '../indicators/catalogue';
import { getRegionsIndicatorSums } from '../queries/get-regions-indicator-sums';
import type { PeriodRow } from '../queries/list-periods';
import type { RegionRow } from '../queries/list-regions';
import type { RegionValuesParams } from '../region-values-params';
import { presentWithChange, requireRegion, resolvePeriods, type ValueRow } from './values-table';

/** One indicator of one region: the row of a region's profile or of the comparison, as a file holds it. */
export type RegionValueRow = ValueRow & { indicator: Indicator; level: RegionRow['level'] };

export type RegionValuesBody = {
  regions: RegionRow[];
  period: string;
  compare?: string;
  rows: RegionValueRow[];
};

export type RegionValuesTable = { body: RegionValuesBody; source: PeriodRow; minDenominator: number };

// By theme as the pages group them, and in catalogue order within a theme.
const BY_THEME = [...INDICATORS].sort((a, b) => THEMES.indexOf(a.theme) - THEMES.indexOf(b.theme));

/**
 * Every indicator for each region asked for, indicator by indicator with the regions side by side as the
 * comparison shows them, with the change since `compare` where asked; in one query.
 */
export async function readRegionValuesTable(
  db: Database,
  params: RegionValuesParams,
  minDenominator: number,
): Promise<RegionValuesTable> {
  const source = await resolvePeriods(db, params);
  const regions: RegionRow[] = [];
  for (const code of params.regions) regions.push(await requireRegion(db, code, 'region'));
  const periods = params.compare ? [source.period, params.compare] : [source.period];
  const sums = await getRegionsIndicatorSums(db, { codes: params.regions, periods });
  const byKey = new Map(sums.map((row) => [`${row.period} ${row.indicator} ${row.code}`, row]));
  const sumsOf = (period: string | undefined, indicator: Indicator, code: string) =>
    byKey.get(`${period} ${indicator.id} ${code}`);
  const rows = BY_THEME.flatMap((indicator) =>
    regions.map(
      (region): RegionValueRow => ({
        indicator,
        level: region.level,
        code: region.code,
        name: region.name,
        ...presentWithChange(
          indicator,
          sumsOf(source.period, indicator, region.code),
          { compared: params.compare !== undefined, sums: sumsOf(params.compare, indicator, region.code) },
          minDenominator,
        ),
      }),
    ),
  );
  const body: RegionValuesBody = {
    regions,
    period: source.period,
    ...(params.compare ? { compare: params.compare } : {}),
    rows,
  };
  return { body, source, minDenominator };
}
