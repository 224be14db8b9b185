import 'server-only';
import { and, asc, eq, like, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { regions } from '../db/schema';
import type { RegionFilters } from '../filters';
import type { RegionLevel } from '../geo/region-codes';

export type RegionRow = { code: string; name: string; level: RegionLevel; parent: string | null };

/** Regions of a level, optionally only those below `parent` (at any depth), in code order. */
export async function listRegions(db: Database, filters: RegionFilters): Promise<RegionRow[]> {
  const conditions: SQL[] = [];
  if (filters.level) conditions.push(eq(regions.level, filters.level));
  if (filters.parent) conditions.push(like(regions.code, `${filters.parent}.%`));
  return db
    .select({ code: regions.code, name: regions.name, level: regions.level, parent: regions.parentCode })
    .from(regions)
    .where(and(...conditions))
    .orderBy(asc(regions.code));
}
