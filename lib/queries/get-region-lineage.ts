import 'server-only';
import { asc, inArray } from 'drizzle-orm';
import type { Database } from '../db/client';
import { regions } from '../db/schema';
import type { RegionRow } from './list-regions';

/** The codes of a region and of every region above it: `31.71.01` → `31`, `31.71`, `31.71.01`. */
function lineageCodes(code: string): string[] {
  const parts = code.split('.');
  return parts.map((_, index) => parts.slice(0, index + 1).join('.'));
}

/**
 * The region and every region above it, the province first and the region last (its breadcrumb); empty
 * when the code names no region.
 */
export async function getRegionLineage(db: Database, code: string): Promise<RegionRow[]> {
  const rows = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, parent: regions.parentCode })
    .from(regions)
    .where(inArray(regions.code, lineageCodes(code)))
    .orderBy(asc(regions.code));
  return rows.at(-1)?.code === code ? rows : [];
}
