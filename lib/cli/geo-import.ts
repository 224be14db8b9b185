import { migrateDatabase } from '../db/migrate';
import { readEnv } from '../env';
import { importBoundaries } from '../geo/import-boundaries';
import { syncRegions } from '../geo/sync-regions';
import { printBoundaryReport } from './print-boundary-report';
import { runWithDatabase } from './run-command';

const [pathArgument] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

await runWithDatabase(async (handle) => {
  const filePath = pathArgument ?? readEnv().geoBoundaries;
  await migrateDatabase(handle);
  await syncRegions(handle.db);
  const report = await importBoundaries(handle.db, filePath);
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else printBoundaryReport(report);
});
