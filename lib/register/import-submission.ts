import path from 'node:path';
import type { DatabaseHandle } from '../db/client';
import type { ImportFileCounts } from '../db/schema';
import { type AppEnv, readEnv } from '../env';
import { UserFacingError } from '../errors';
import { refreshIndicatorValues } from '../indicators/refresh';
import { IdentityHasher } from './identity-hash';
import { checkIdentityKey, loadIdentityKey } from './identity-key';
import { CheckPool } from './import/check-pool';
import { SUBMISSION_FILES, type SubmissionFile } from './import/columns';
import { type Progress, stageSubmission, type Warning } from './import/stage-submission';
import { openSubmission, type Submission } from './import/submission';
import { applyCrossRowRules } from './store/cross-row-rules';
import {
  finishImportLog,
  type IssueEntry,
  listKelurahanCodes,
  logRefusedImport,
  rejectedCounts,
  stagedIssues,
  startImportLog,
} from './store/import-log';
import { inRegisterTransaction, registerQuery } from './store/session';
import { analyseStagingTables, createStagingTables, dropStagingTables } from './store/staging';
import { writeRegister } from './store/write-register';

/** The report of DESIGN.md, as `npm run data:import -- PATH --json` prints it. */
export type ProcessedReport = { status: 'processed' } & Record<SubmissionFile, ImportFileCounts> & {
    rejections: IssueEntry[];
    /** Rejections beyond the first REPORT_LIMIT are in the import log only. */
    rejections_omitted: number;
    conflicts: IssueEntry[];
    conflicts_omitted: number;
    warnings: Warning[];
    periods: string[];
    import_id: number;
    duration_ms: number;
  };
export type RefusedReport = { status: 'refused'; reason_id: string; reason_en: string };
export type ImportReport = ProcessedReport | RefusedReport;

export const REPORT_LIMIT = 10_000;

export type ImportOptions = {
  synthetic?: boolean;
  env?: AppEnv;
  progress?: Progress;
  /** Worker threads that check CSV blocks (0: all in this thread); by default one per core, at most four. */
  checkWorkers?: number;
  /** Bytes of CSV per block handed to a worker; tests make it small to exercise the workers. */
  blockBytes?: number;
  /** The most identity keys tracked to find duplicates while staging; tests make it tiny. */
  duplicateKeySlots?: number;
};

/**
 * Imports one submission ("satu pintu"): every row checked on its own while it streams into staging
 * tables, then every rule across rows in SQL, then one upsert per table, all in one transaction, so
 * that a refusal or an interruption leaves the register as it was.
 */
export async function importSubmission(
  handle: DatabaseHandle,
  submissionPath: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const startedAt = new Date();
  const progress = options.progress ?? (() => {});
  let submission: Submission | undefined;
  let pool: CheckPool | undefined;
  try {
    const hasher = new IdentityHasher(loadIdentityKey(options.env ?? readEnv()));
    submission = await openSubmission(submissionPath, { blockBytes: options.blockBytes });
    const opened = submission;
    return await inRegisterTransaction(handle, async (session) => {
      // A batch job: room to hash and sort in memory, and to build a new partition's indexes in one pass.
      const memory =
        handle.driver === 'pglite'
          ? { work: '64MB', maintenance: '128MB' }
          : { work: '256MB', maintenance: '512MB' };
      await session.query(`SET LOCAL work_mem = '${memory.work}'`);
      await session.query(`SET LOCAL maintenance_work_mem = '${memory.maintenance}'`);
      await checkIdentityKey(session, hasher.key);
      const importId = await startImportLog(session, {
        startedAt,
        sourceName: opened.name,
        synthetic: options.synthetic ?? false,
      });
      await createStagingTables(session);
      const context = { kelurahanCodes: await listKelurahanCodes(session), hasher };
      if (options.checkWorkers !== 0) pool = new CheckPool(context, options.checkWorkers);
      const {
        labels,
        periods: stagedPeriods,
        warnings,
        duplicates,
      } = await stageSubmission(session, opened, {
        context,
        pool,
        progress,
        duplicateKeySlots: options.duplicateKeySlots,
      });
      await pool?.close();
      // Read again while the database works; a failure surfaces where it is awaited.
      const sha256 = opened.sha256();
      sha256.catch(() => {});
      progress('memeriksa aturan antar-baris…');
      await analyseStagingTables(session);
      await applyCrossRowRules(session, labels, duplicates);
      progress('menulis ke register…');
      const { counts: written, changed, periods } = await writeRegister(session, importId, stagedPeriods);
      await dropStagingTables(session);
      if (changed) {
        progress('menghitung indikator…');
        await refreshIndicatorValues(session.query, handle.driver, periods);
      }
      const rejected = await rejectedCounts(session);
      const counts = Object.fromEntries(
        SUBMISSION_FILES.map((file) => [
          file,
          { ...written[file], rejected: rejected.get(labels[file]) ?? 0 },
        ]),
      ) as Record<SubmissionFile, ImportFileCounts>;
      await finishImportLog(session, importId, {
        counts,
        periods,
        warnings,
        startedAt,
        sourceSha256: await sha256,
      });
      const rejections = await stagedIssues(session, 'rejected', REPORT_LIMIT);
      const conflicts = await stagedIssues(session, 'conflict', REPORT_LIMIT);
      return {
        status: 'processed' as const,
        ...counts,
        rejections: rejections.entries,
        rejections_omitted: rejections.total - rejections.entries.length,
        conflicts: conflicts.entries,
        conflicts_omitted: conflicts.total - conflicts.entries.length,
        warnings,
        periods,
        import_id: importId,
        duration_ms: Date.now() - startedAt.getTime(),
      };
    });
  } catch (error) {
    // A refused submission, or an identity key that cannot be used: both refuse the import as a whole.
    if (!(error instanceof UserFacingError && error.exitCode === 2)) throw error;
    await logRefusedImport((text, params) => registerQuery(handle, text, params), {
      startedAt,
      sourceName: submission?.name ?? path.basename(submissionPath),
      sourceSha256: (await submission?.sha256().catch(() => '')) ?? '',
      reasonId: error.messageId,
      reasonEn: error.messageEn,
    });
    return { status: 'refused', reason_id: error.messageId, reason_en: error.messageEn };
  } finally {
    await pool?.close();
  }
}
