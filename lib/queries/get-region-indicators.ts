import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { indicatorValues } from '../db/schema';
import type { RegionLevel } from '../geo/region-codes';
import type { RegionSums } from '../indicators/present';
import { enclosingRegionCode, summedDenominator, summedNumerator } from './region-code-sql';

export type IndicatorPeriodSums = RegionSums & { period: string; indicator: string };

/** Sums of every indicator for one region in the given periods: the figures of a headline or a profile. */
export async function getRegionIndicators(
  db: Database,
  filters: { region: string; level: RegionLevel; periods: string[] },
): Promise<IndicatorPeriodSums[]> {
  if (filters.periods.length === 0) return [];
  return db
    .select({
      period: indicatorValues.periode,
      indicator: indicatorValues.indicator,
      numerator: summedNumerator,
      denominator: summedDenominator,
    })
    .from(indicatorValues)
    .where(
      and(
        inArray(indicatorValues.periode, filters.periods),
        eq(enclosingRegionCode(filters.level), filters.region),
      ),
    )
    .groupBy(indicatorValues.periode, indicatorValues.indicator);
}
