import { migrateAndLoadRegions } from '../db/setup';
import { runWithDatabase } from './run-command';

await runWithDatabase(async (handle) => {
  const regionCount = await migrateAndLoadRegions(handle);
  console.log(`✔ Migrasi selesai di ${handle.location}; ${regionCount} wilayah rujukan tersedia.`);
});
