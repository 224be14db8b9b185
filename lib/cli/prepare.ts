import { existsSync } from 'node:fs';
import type { DatabaseHandle } from '../db/client';
import { migrateAndLoadRegions } from '../db/setup';
import { registerHasImports, seedSyntheticData } from '../demo/seed-synthetic';
import { readEnv } from '../env';
import { UserFacingError } from '../errors';
import { hasBoundaries, importBoundaries } from '../geo/import-boundaries';
import { printBoundaryReport } from './print-boundary-report';
import { runWithDatabase } from './run-command';

/** The synthetic demo; without it the app still starts, and says why it has no data. */
async function loadDemo(handle: DatabaseHandle, scale: number): Promise<void> {
  try {
    const report = await seedSyntheticData(handle, {
      scale,
      progress: (message) => console.log(`… ${message}`),
    });
    console.log(
      `✔ Data demo SINTETIS dimuat (${report.individu.accepted.toLocaleString('id-ID')} baris individu, ` +
        `periode ${report.periods[0]}–${report.periods.at(-1)}). Ini bukan data sungguhan; impor data Dasawisma ` +
        'dengan `npm run data:import -- PATH`.',
    );
  } catch (error) {
    if (!(error instanceof UserFacingError)) throw error;
    console.warn(`⚠ Data demo tidak dimuat: ${error.messageId}`);
    console.warn(`  The demo data was not loaded: ${error.messageEn}`);
  }
}

/**
 * Runs before `npm run dev` and `npm start`: migrates, loads the reference regions and, the first time,
 * the boundaries and (on the embedded database only) the synthetic demo. It exits before the server
 * starts, so the server is the only process holding PGlite.
 */
await runWithDatabase(async (handle) => {
  const regionCount = await migrateAndLoadRegions(handle);
  const env = readEnv();
  if (!(await hasBoundaries(handle.db))) {
    if (existsSync(env.geoBoundaries))
      printBoundaryReport(await importBoundaries(handle.db, env.geoBoundaries));
    else
      console.warn(
        `⚠ Berkas batas wilayah tidak ada (${env.geoBoundaries}); peta akan memberi tahu bahwa batas belum dimuat. ` +
          'Atur GEO_BOUNDARIES atau jalankan `npm run geo:import -- PATH`.',
      );
  }
  if (handle.driver === 'pglite' && env.demoScale > 0 && !(await registerHasImports(handle)))
    await loadDemo(handle, env.demoScale);
  // Counted from the start of the process, so that creating a new PGlite folder is included.
  const seconds = (performance.now() / 1000).toFixed(1);
  console.log(
    `✔ Basis data siap (${handle.driver}: ${handle.location}; ${regionCount} wilayah) dalam ${seconds} dtk.`,
  );
});
