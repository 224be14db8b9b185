import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseHandle } from '../db/client';
import type { AppEnv } from '../env';
import { UserFacingError } from '../errors';
import type { Progress } from '../register/import/stage-submission';
import { importSubmission, type ProcessedReport } from '../register/import-submission';
import { registerQuery } from '../register/store/session';
import { GENERATE_DEFAULTS, generateSubmission } from '../synthetic/generate';

/**
 * The synthetic demo: generated into a temporary folder and imported through the same door as real
 * submissions (marked synthetic in the import log, so the interface can say so), then the folder is removed.
 */
export const DEMO_SEED = 1;
/** A share of broken rows, so that the data-quality views have rejections to show. */
export const DEMO_INVALID_RATE = 0.002;

export async function seedSyntheticData(
  handle: DatabaseHandle,
  options: { scale: number; seed?: number; env?: AppEnv; progress?: Progress },
): Promise<ProcessedReport> {
  const folder = await mkdtemp(path.join(tmpdir(), 'jendela-sintetis-'));
  try {
    options.progress?.(`membuat data sintetis (skala ${options.scale})…`);
    await generateSubmission({
      ...GENERATE_DEFAULTS,
      outDir: folder,
      scale: options.scale,
      seed: options.seed ?? DEMO_SEED,
      invalidRate: DEMO_INVALID_RATE,
    });
    const report = await importSubmission(handle, folder, {
      synthetic: true,
      env: options.env,
      progress: options.progress,
    });
    if (report.status === 'refused') throw new UserFacingError(report.reason_id, report.reason_en, 2);
    return report;
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** Whether any submission was ever processed: the demo fills only a register that never received one. */
export async function registerHasImports(handle: DatabaseHandle): Promise<boolean> {
  const [row] = await registerQuery<{ found: boolean }>(
    handle,
    `SELECT EXISTS (SELECT 1 FROM imports WHERE status = 'processed') AS found`,
  );
  return row?.found ?? false;
}
