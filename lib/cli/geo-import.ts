import { migrateAndLoadRegions } from '../db/setup';
import { readEnv } from '../env';
import { importBoundaries } from '../geo/import-boundaries';
import { printBoundaryReport } from './print-boundary-report';
import { runWithDatabase } from './run-command';

const [pathArgument] = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

await runWithDatabase(async (handle) => {
  const filePath = pathArgument ?? readEnv().geoBoundaries;
  await migrateAndLoadRegions(handle);
  const report = await importBoundaries(handle.db, filePath);
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else printBoundaryReport(report);
});
