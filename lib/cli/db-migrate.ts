import { migrateDatabase } from '../db/migrate';
import { syncRegions } from '../geo/sync-regions';
import { runWithDatabase } from './run-command';

await runWithDatabase(async (handle) => {
  await migrateDatabase(handle);
  const regionCount = await syncRegions(handle.db);
  console.log(`✔ Migrasi selesai di ${handle.location}; ${regionCount} wilayah rujukan tersedia.`);
});
