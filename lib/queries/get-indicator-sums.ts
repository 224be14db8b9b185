import 'server-only';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { indicatorValues, regions } from '../db/schema';
import type { RegionLevel } from '../geo/region-codes';
import type { RegionSums } from '../indicators/present';
import { enclosingRegionCode, summedDenominator, summedNumerator } from './region-code-sql';

export type IndicatorSumsFilters = { indicator: string; period: string; level: RegionLevel; parent?: string };
export type RegionIndicatorSums = RegionSums & { code: string; name: string };

/**
 * Every region of the level (under `parent` when given), in code order, with the sums of its
 * kelurahan's numerators and denominators: an exact roll-up, never an average of ratios.
 */
export async function getIndicatorSums(
  db: Database,
  filters: IndicatorSumsFilters,
): Promise<RegionIndicatorSums[]> {
  // Without a parent every region of the level is wanted: no condition on the code at all.
  const below = filters.parent ? `${filters.parent}.%` : undefined;
  const regionCode = enclosingRegionCode(filters.level);
  const sums = db
    .select({
      code: regionCode.as('sum_code'),
      numerator: summedNumerator.as('numerator'),
      denominator: summedDenominator.as('denominator'),
    })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.periode, filters.period),
        eq(indicatorValues.indicator, filters.indicator),
        below ? like(indicatorValues.kodeKelurahan, below) : undefined,
      ),
    )
    .groupBy(regionCode)
    .as('sums');
  return db
    .select({
      code: regions.code,
      name: regions.name,
      numerator: sql<number | null>`${sums.numerator}`.mapWith(Number),
      denominator: sql<number | null>`${sums.denominator}`.mapWith(Number),
    })
    .from(regions)
    .leftJoin(sums, eq(sums.code, regions.code))
    .where(and(eq(regions.level, filters.level), below ? like(regions.code, below) : undefined))
    .orderBy(asc(regions.code));
}
