import { sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { regions } from '../db/schema';
import { readJakartaRegions } from './reference-regions';

/** Writes the reference regions; running it again changes nothing. Returns how many regions there are. */
export async function syncRegions(db: Database): Promise<number> {
  const rows = await readJakartaRegions();
  await db
    .insert(regions)
    .values(rows)
    .onConflictDoUpdate({
      target: regions.code,
      set: { level: sql`excluded.level`, name: sql`excluded.name`, parentCode: sql`excluded.parent_code` },
    });
  return rows.length;
}
