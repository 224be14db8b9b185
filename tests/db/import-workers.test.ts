import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openPgliteInMemory } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { syncRegions } from '@/lib/geo/sync-regions';
import { MAX_RECORD_BYTES } from '@/lib/register/import/csv-records';
import { type ImportOptions, importSubmission, type ProcessedReport } from '@/lib/register/import-submission';
import { generateSubmission } from '@/lib/synthetic/generate';
import { registerSnapshot, TEST_ENV } from '../support/submissions';

/**
 * Large CSV files are checked in worker threads, in blocks. Here blocks are made tiny so that a small
 * submission crosses hundreds of block boundaries and both workers: the register and the report must
 * come out exactly as when every row is checked in the importing thread.
 */
const scratch = mkdtempSync(path.join(tmpdir(), 'jk-workers-'));
const BLOCK_BYTES = 8192;
const IN_WORKERS: ImportOptions = { env: TEST_ENV, checkWorkers: 2, blockBytes: BLOCK_BYTES };

async function freshDatabase(): Promise<DatabaseHandle> {
  const handle = await openPgliteInMemory();
  await migrateDatabase(handle);
  await syncRegions(handle.db);
  return handle;
}

async function importWith(submission: string, options: ImportOptions): Promise<ProcessedReport> {
  const handle = await freshDatabase();
  try {
    const report = await importSubmission(handle, submission, options);
    if (report.status !== 'processed') throw new Error(`refused: ${report.reason_en}`);
    return Object.assign(report, { snapshot: await registerSnapshot(handle) });
  } finally {
    await handle.close();
  }
}

const withoutTimes = ({ duration_ms, import_id, ...rest }: ProcessedReport) => rest;

/** A synthetic submission of about 20,000 persons (individu.csv is some 2 MB: hundreds of blocks). */
async function generate(name: string, seed: number, invalidRate = 0): Promise<string> {
  const folder = path.join(scratch, name);
  const period = { year: 2025, half: 2 } as const;
  await generateSubmission({
    scale: 0.002,
    seed,
    from: period,
    to: period,
    format: 'csv',
    invalidRate,
    outDir: folder,
  });
  return folder;
}

async function refusalOf(submission: string): Promise<string> {
  const handle = await freshDatabase();
  try {
    const report = await importSubmission(handle, submission, IN_WORKERS);
    if (report.status !== 'refused') throw new Error('expected the submission to be refused');
    return report.reason_en;
  } finally {
    await handle.close();
  }
}

describe('checking in worker threads', () => {
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('gives the same register and report as checking in one thread, rejections and duplicates and all', async () => {
    const folder = await generate('broken', 11, 0.01);
    expect(readFileSync(path.join(folder, 'individu.csv')).length).toBeGreaterThan(100 * BLOCK_BYTES);
    // A person and a family from the first block (checked in this thread) sent again at the end of their
    // files (checked in a worker): the duplicate rules must find them whichever thread saw each copy.
    for (const [file, line] of [
      ['individu.csv', 5],
      ['keluarga.csv', 10],
    ] as const) {
      const lines = readFileSync(path.join(folder, file), 'utf8').split('\n');
      appendFileSync(path.join(folder, file), `${lines[line - 1]}\n`);
    }
    const inOneThread = await importWith(folder, { env: TEST_ENV, checkWorkers: 0 });
    const inWorkers = await importWith(folder, IN_WORKERS);
    const untracked = await importWith(folder, { ...IN_WORKERS, duplicateKeySlots: 2 });
    expect(inWorkers.rejections.length).toBeGreaterThan(50);
    const duplicateReasons = inWorkers.rejections
      .filter((rejection) => rejection.column === 'nik' || rejection.column === 'no_kk')
      .map((rejection) => `${rejection.file}:${rejection.line}`);
    expect(duplicateReasons).toContain('individu.csv:5');
    expect(duplicateReasons).toContain('keluarga.csv:10');
    expect(withoutTimes(inWorkers)).toEqual(withoutTimes(inOneThread));
    expect(withoutTimes(untracked)).toEqual(withoutTimes(inOneThread));
  });

  it('refuses a file whose quote goes wrong far into it, naming the line, as one thread would', async () => {
    const folder = await generate('misplaced-quote', 12);
    const file = path.join(folder, 'hunian.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[600] = `${lines[600]}"`;
    writeFileSync(file, lines.join('\n'));
    expect(await refusalOf(folder)).toBe(
      'File hunian.csv is not valid CSV: an unclosed or misplaced quote at line 601.',
    );
  });

  it('names the first fault when a later line runs on while an earlier block is still being checked', async () => {
    const folder = await generate('two-faults', 14);
    const file = path.join(folder, 'hunian.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[600] = `${lines[600]},"x"y`;
    writeFileSync(file, `${lines.join('\n')}${'z'.repeat(MAX_RECORD_BYTES + 10)}`);
    expect(await refusalOf(folder)).toBe(
      'File hunian.csv is not valid CSV: an unclosed or misplaced quote at line 601.',
    );
  });

  it('refuses a file with bytes that are not UTF-8 far into it, saying where', async () => {
    const folder = await generate('latin1', 13);
    const file = path.join(folder, 'keluarga.csv');
    const size = readFileSync(file).length;
    appendFileSync(file, Buffer.from('2025S2,Pondok Kelapa \xe9\n', 'latin1'));
    const lineCount = readFileSync(file, 'utf8').split('\n').length;
    expect(await refusalOf(folder)).toBe(
      `File keluarga.csv is not UTF-8 text (error at line ${lineCount - 1}, byte ${size + 21}). Save it again as "CSV UTF-8".`,
    );
  });
});
