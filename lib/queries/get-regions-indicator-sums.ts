import 'server-only';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { indicatorValues, regions } from '../db/schema';
import type { IndicatorPeriodSums } from './get-region-indicators';
import { summedDenominator, summedNumerator } from './region-code-sql';

export type RegionsIndicatorSumsFilters = {
  /** Dotted codes of any level: the province, kota, kecamatan or kelurahan. */
  codes: string[];
  /** Only these periods; every periode with data when not given. */
  periods?: string[];
  /** Only this indicator; every indicator when not given. */
  indicator?: string;
};

export type CodeIndicatorPeriodSums = IndicatorPeriodSums & { code: string };

/**
 * The sums of the kelurahan below each of several regions, whatever their levels, per indicator and
 * periode, in one statement: the figures of a comparison. A region without data in a periode has no row.
 */
export async function getRegionsIndicatorSums(
  db: Database,
  filters: RegionsIndicatorSumsFilters,
): Promise<CodeIndicatorPeriodSums[]> {
  if (filters.codes.length === 0 || filters.periods?.length === 0) return [];
  // A kelurahan lies in a region when its code starts with the region's (codes have fixed lengths per level).
  const inside = sql`left(${indicatorValues.kodeKelurahan}, length(${regions.code})) = ${regions.code}`;
  return db
    .select({
      code: regions.code,
      period: indicatorValues.periode,
      indicator: indicatorValues.indicator,
      numerator: summedNumerator,
      denominator: summedDenominator,
    })
    .from(regions)
    .innerJoin(indicatorValues, inside)
    .where(
      and(
        inArray(regions.code, filters.codes),
        filters.periods ? inArray(indicatorValues.periode, filters.periods) : undefined,
        filters.indicator ? eq(indicatorValues.indicator, filters.indicator) : undefined,
      ),
    )
    .groupBy(regions.code, indicatorValues.periode, indicatorValues.indicator)
    .orderBy(asc(regions.code), asc(indicatorValues.periode), asc(indicatorValues.indicator));
}
