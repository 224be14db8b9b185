import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openPgliteInMemory } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { syncRegions } from '@/lib/geo/sync-regions';
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

  it('gives the same register and report as checking in one thread, rejections and all', async () => {
    const folder = await generate('broken', 11, 0.01);
    expect(readFileSync(path.join(folder, 'individu.csv')).length).toBeGreaterThan(100 * BLOCK_BYTES);
    const inOneThread = await importWith(folder, { env: TEST_ENV, checkWorkers: 0 });
    const inWorkers = await importWith(folder, IN_WORKERS);
    expect(inWorkers.rejections.length).toBeGreaterThan(50);
    expect(withoutTimes(inWorkers)).toEqual(withoutTimes(inOneThread));
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

  it('refuses a file with bytes that are not UTF-8 far into it, saying where', async () => {
    const folder = await generate('latin1', 13);
    const file = path.join(folder, 'keluarga.csv');
    const size = readFileSync(file).length;
    appendFileSync(file, Buffer.from('2025S2,Pondok Kelapa \xe9\n', 'latin1'));
    const refusal = await refusalOf(folder);
    expect(refusal).toMatch(/^File keluarga\.csv is not UTF-8 text \(error near byte (\d+)\)/);
    const near = Number(/byte (\d+)/.exec(refusal)?.[1]);
    expect(near).toBeGreaterThan(size - BLOCK_BYTES);
    expect(near).toBeLessThanOrEqual(size);
  });
});
