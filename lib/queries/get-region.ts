import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { regions } from '../db/schema';
import type { RegionRow } from './list-regions';

export async function getRegion(db: Database, code: string): Promise<RegionRow | undefined> {
  const [row] = await db
    .select({ code: regions.code, name: regions.name, level: regions.level, parent: regions.parentCode })
    .from(regions)
    .where(eq(regions.code, code))
    .limit(1);
  return row;
}
