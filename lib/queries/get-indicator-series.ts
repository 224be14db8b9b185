import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { indicatorValues } from '../db/schema';
import type { RegionLevel } from '../geo/region-codes';
import type { RegionSums } from '../indicators/present';
import { enclosingRegionCode, summedDenominator, summedNumerator } from './region-code-sql';

export type SeriesFilters = { indicator: string; region: string; level: RegionLevel };
export type PeriodSums = RegionSums & { period: string };

/** The sums of the region's kelurahan in each periode where it has data, oldest first. */
export async function getIndicatorSeries(db: Database, filters: SeriesFilters): Promise<PeriodSums[]> {
  return db
    .select({ period: indicatorValues.periode, numerator: summedNumerator, denominator: summedDenominator })
    .from(indicatorValues)
    .where(
      and(
        eq(indicatorValues.indicator, filters.indicator),
        eq(enclosingRegionCode(filters.level), filters.region),
      ),
    )
    .groupBy(indicatorValues.periode)
    .orderBy(asc(indicatorValues.periode));
}
