import 'server-only';
import { asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client';
import { regions } from '../db/schema';

export type CitySummary = { code: string; name: string; districts: number; villages: number };

/** The six kota/kabupaten with how many kecamatan and kelurahan each has. */
export async function listCities(db: Database): Promise<CitySummary[]> {
  const below = alias(regions, 'below');
  return db
    .select({
      code: regions.code,
      name: regions.name,
      districts: sql<number>`count(*) filter (where ${below.level} = 'district')`.mapWith(Number),
      villages: sql<number>`count(*) filter (where ${below.level} = 'village')`.mapWith(Number),
    })
    .from(regions)
    .innerJoin(below, sql`${below.code} like ${regions.code} || '.%'`)
    .where(eq(regions.level, 'city'))
    .groupBy(regions.code, regions.name)
    .orderBy(asc(regions.code));
}
