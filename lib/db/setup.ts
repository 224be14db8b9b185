import { syncRegions } from '../geo/sync-regions';
import type { DatabaseHandle } from './client';
import { migrateDatabase } from './migrate';

/** What every start needs, whichever process starts: the schema up to date and the reference regions loaded. */
export async function migrateAndLoadRegions(handle: DatabaseHandle): Promise<number> {
  await migrateDatabase(handle);
  return syncRegions(handle.db);
}
