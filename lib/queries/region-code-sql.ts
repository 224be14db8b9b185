import 'server-only';
import { type SQL, sql } from 'drizzle-orm';
import { indicatorValues } from '../db/schema';
import type { RegionLevel } from '../geo/region-codes';

/** Length of a dotted code at each level: 31, 31.71, 31.71.01, 31.71.01.1001. */
const CODE_LENGTH: Record<RegionLevel, number> = { province: 2, city: 5, district: 8, village: 13 };

/** The code of the region of `level` that a kelurahan row of indicator_values lies in. */
export function enclosingRegionCode(level: RegionLevel): SQL<string> {
  return sql<string>`left(${indicatorValues.kodeKelurahan}, ${sql.raw(String(CODE_LENGTH[level]))})`;
}

/** Sums of numerators and denominators of the kelurahan rows grouped; null where no kelurahan had data. */
export const summedNumerator = sql<number | null>`sum(${indicatorValues.numerator})`.mapWith(Number);
export const summedDenominator = sql<number | null>`sum(${indicatorValues.denominator})`.mapWith(Number);
