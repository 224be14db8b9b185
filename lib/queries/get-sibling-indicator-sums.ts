import 'server-only';
import { and, eq, like } from 'drizzle-orm';
import type { Database } from '../db/client';
import { indicatorValues } from '../db/schema';
import type { RegionLevel } from '../geo/region-codes';
import type { RegionSums } from '../indicators/present';
import { enclosingRegionCode, summedDenominator, summedNumerator } from './region-code-sql';

export type SiblingIndicatorSums = RegionSums & { indicator: string; code: string };

/**
 * The sums of every indicator for every region of `level` inside `within` in one periode, in one query:
 * what a profile ranks a region against. Regions without records have no rows.
 */
export async function getSiblingIndicatorSums(
  db: Database,
  filters: { level: RegionLevel; within: string; period: string },
): Promise<SiblingIndicatorSums[]> {
  const regionCode = enclosingRegionCode(filters.level);
  return db
    .select({
      indicator: indicatorValues.indicator,
      code: regionCode,
      numerator: summedNumerator,
      denominator: summedDenominator,
    })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.periode, filters.period),
        like(indicatorValues.kodeKelurahan, `${filters.within}.%`),
      ),
    )
    .groupBy(indicatorValues.indicator, regionCode);
}
