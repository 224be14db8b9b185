import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { indicatorValues } from '../db/schema';
import type { RegionLevel } from '../geo/region-codes';
import type { RegionSums } from '../indicators/present';
import { enclosingRegionCode, summedDenominator, summedNumerator } from './region-code-sql';

export type RegionPeriodSums = RegionSums & { period: string; code: string };

/** Sums of one indicator for every region of a level in every periode with data: the lines of a trend chart. */
export async function getSeriesByRegion(
  db: Database,
  filters: { indicator: string; level: RegionLevel },
): Promise<RegionPeriodSums[]> {
  const regionCode = enclosingRegionCode(filters.level);
  return db
    .select({
      period: indicatorValues.periode,
      code: regionCode,
      numerator: summedNumerator,
      denominator: summedDenominator,
    })
    .from(indicatorValues)
    .where(eq(indicatorValues.indicator, filters.indicator))
    .groupBy(indicatorValues.periode, regionCode)
    .orderBy(asc(indicatorValues.periode), asc(regionCode));
}
