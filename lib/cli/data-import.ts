import { parseArgs } from 'node:util';
import { migrateAndLoadRegions } from '../db/setup';
import { UserFacingError } from '../errors';
import { importSubmission } from '../register/import-submission';
import { printImportReport } from './print-import-report';
import { runWithDatabase } from './run-command';

/** `npm run data:import -- PATH [--json]`: exit 0 when the submission was processed, 2 when it was refused. */
function readArguments(): { submissionPath: string; json: boolean } {
  const usage = {
    id: 'Pemakaian: npm run data:import -- PATH [--json], dengan PATH sebuah folder, .zip atau .xlsx.',
    en: 'Usage: npm run data:import -- PATH [--json], where PATH is a folder, .zip or .xlsx.',
  };
  try {
    const { values, positionals } = parseArgs({
      options: { json: { type: 'boolean' } },
      allowPositionals: true,
    });
    const [submissionPath] = positionals;
    if (!submissionPath || positionals.length > 1) throw new Error('one path');
    return { submissionPath, json: values.json ?? false };
  } catch {
    throw new UserFacingError(usage.id, usage.en, 2);
  }
}

await runWithDatabase(async (handle) => {
  const { submissionPath, json } = readArguments();
  await migrateAndLoadRegions(handle);
  const report = await importSubmission(handle, submissionPath, {
    progress: (message) => console.error(`… ${message}`),
  });
  if (json) console.log(JSON.stringify(report, null, 2));
  else printImportReport(report);
  if (report.status === 'refused') process.exitCode = 2;
});
