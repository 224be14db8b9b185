import { parseArgs } from 'node:util';
import { migrateAndLoadRegions } from '../db/setup';
import { DEMO_SEED, seedSyntheticData } from '../demo/seed-synthetic';
import { DEFAULT_DEMO_SCALE, readEnv } from '../env';
import { UserFacingError } from '../errors';
import { printImportReport } from './print-import-report';
import { runWithDatabase } from './run-command';

/** `npm run db:seed [-- --scale S] [--seed N]`: the synthetic demo, on purpose, into whichever database is configured. */
function readArguments(): { scale: number; seed: number } {
  const usage = (detail: { id: string; en: string }) =>
    new UserFacingError(
      `${detail.id} Pemakaian: npm run db:seed -- [--scale S] [--seed N], dengan S lebih dari 0 dan paling besar 2.`,
      `${detail.en} Usage: npm run db:seed -- [--scale S] [--seed N], where S is above 0 and at most 2.`,
      2,
    );
  let values: { scale?: string; seed?: string };
  try {
    values = parseArgs({ options: { scale: { type: 'string' }, seed: { type: 'string' } } }).values;
  } catch {
    throw usage({ id: 'Argumen tidak dikenal.', en: 'Unknown argument.' });
  }
  const scale = values.scale === undefined ? readEnv().demoScale || DEFAULT_DEMO_SCALE : Number(values.scale);
  if (!(scale > 0 && scale <= 2))
    throw usage({
      id: `--scale "${values.scale}" tidak sah.`,
      en: `--scale "${values.scale}" is not valid.`,
    });
  const seed = values.seed === undefined ? DEMO_SEED : Number(values.seed);
  if (!Number.isSafeInteger(seed))
    throw usage({ id: `--seed "${values.seed}" tidak sah.`, en: `--seed "${values.seed}" is not valid.` });
  return { scale, seed };
}

await runWithDatabase(async (handle) => {
  const { scale, seed } = readArguments();
  await migrateAndLoadRegions(handle);
  const report = await seedSyntheticData(handle, {
    scale,
    seed,
    progress: (message) => console.error(`… ${message}`),
  });
  printImportReport(report);
  console.log(`✔ Data sintetis (skala ${scale}, benih ${seed}) dimuat ke ${handle.location}.`);
});
