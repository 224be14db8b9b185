import 'server-only';
import { and, eq, like, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { regions } from '../db/schema';

/** How many kelurahan a region has (1 for a kelurahan itself): what its freshness is counted against. */
export async function countKelurahan(db: Database, region: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(regions)
    .where(
      and(eq(regions.level, 'village'), or(eq(regions.code, region), like(regions.code, `${region}.%`))),
    );
  return row?.count ?? 0;
}
