import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { syncRegions } from '@/lib/geo/sync-regions';
import { SUBMISSION_FILES } from '@/lib/register/import/columns';
import { registerQuery } from '@/lib/register/store/session';
import { BROKEN_ROW_KINDS } from '@/lib/synthetic/broken-rows';
import { type GenerateOptions, type GenerateSummary, generateSubmission } from '@/lib/synthetic/generate';
import { describeOnEachDatabase } from '../support/databases';
import { importProcessed } from '../support/submissions';

const scratch = mkdtempSync(path.join(tmpdir(), 'jk-generated-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PERIOD = { year: 2025, half: 2 } as const;
// Another seed numbers NIKs the same way, so its broken set goes to a periode of its own.
const NEXT_PERIOD = { year: 2026, half: 1 } as const;
const OPTIONS: Omit<GenerateOptions, 'outDir' | 'format' | 'invalidRate'> = {
  scale: 0.002,
  seed: 5,
  from: PERIOD,
  to: PERIOD,
};

async function generate(
  name: string,
  options: Partial<GenerateOptions>,
): Promise<{ folder: string; summary: GenerateSummary }> {
  const folder = path.join(scratch, name);
  const summary = await generateSubmission({
    ...OPTIONS,
    format: 'csv',
    invalidRate: 0,
    outDir: folder,
    ...options,
  });
  return { folder, summary };
}

describeOnEachDatabase('the generator and the importer agree', (database) => {
  let csv: Awaited<ReturnType<typeof generate>>;
  let xlsx: Awaited<ReturnType<typeof generate>>;
  beforeAll(async () => {
    await syncRegions(database().db);
    csv = await generate('csv', {});
    xlsx = await generate('xlsx', { format: 'xlsx' });
  });

  it('imports a clean synthetic submission without a single rejection', async () => {
    const report = await importProcessed(database(), csv.folder);
    for (const file of SUBMISSION_FILES)
      expect(report[file]).toEqual({
        accepted: csv.summary.rows[file],
        replaced: 0,
        unchanged: 0,
        rejected: 0,
      });
    const [kelurahan] = await registerQuery<{ n: number }>(
      database(),
      'SELECT count(DISTINCT kode_kelurahan)::integer AS n FROM families',
    );
    expect(kelurahan?.n).toBe(267);
  });

  it('reads the same submission written as .xlsx: every row unchanged', async () => {
    const report = await importProcessed(database(), path.join(xlsx.folder, 'dasawisma.xlsx'));
    for (const file of SUBMISSION_FILES)
      expect(report[file]).toEqual({
        accepted: 0,
        replaced: 0,
        unchanged: csv.summary.rows[file],
        rejected: 0,
      });
  });

  it('rejects every kind of deliberately broken row, in the column the generator broke', async () => {
    const broken = await generate('broken', {
      invalidRate: 0.01,
      seed: 6,
      from: NEXT_PERIOD,
      to: NEXT_PERIOD,
    });
    const report = await importProcessed(database(), broken.folder);
    expect(report.rejections_omitted).toBe(0);
    const rejectedColumns = new Set(
      report.rejections.map((rejection) => `${rejection.file}:${rejection.column}`),
    );
    for (const kind of BROKEN_ROW_KINDS)
      if (broken.summary.broken.byKind[kind.code] > 0)
        expect(rejectedColumns, kind.code).toContain(`${kind.file}.csv:${kind.column}`);
    for (const file of ['keluarga', 'individu', 'hunian'] as const)
      expect(report[file].rejected).toBeGreaterThanOrEqual(broken.summary.broken.byFile[file]);
  });
});
