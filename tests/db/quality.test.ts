/**
 * What the data-quality page reads, from hand-made submissions:
 * - tests/fixtures/submission (2025S1: Gambir 2 families on 2025-03-10/11, target 3; Pulau Panggang
 *   31.01.01.1001 1 family on 2025-04-02, target 1), imported twice with broken rows (below);
 * - a submission refused as a whole;
 * - tests/fixtures/indicators/2025S2 (Gambir 13 families on 2025-09-10, target 14; Cideng 4 on
 *   2025-08-14, target 4; Pasar Baru 2 on 2025-07-01, no target; Tebet Timur 3 on 2025-12-31, target 5).
 * So in 2025S2 Pulau Panggang was last visited in 2025S1 (stale) and 262 kelurahan were never visited.
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { getKelurahanQuality } from '@/lib/dashboard/quality-kelurahan';
import { syncRegions } from '@/lib/geo/sync-regions';
import { listImports } from '@/lib/queries/list-imports';
import { listLatestPendataan } from '@/lib/queries/list-latest-pendataan';
import { listRejectionsByImport } from '@/lib/queries/list-rejections-by-import';
import { listRejectionsByReason } from '@/lib/queries/list-rejections-by-reason';
import { describeOnEachDatabase } from '../support/databases';
import { FIXTURES } from '../support/paths';
import { type FixtureChange, fixtureWith, importForTest, importProcessed } from '../support/submissions';

const set = (file: FixtureChange['file'], line: number, column: string, value: string): FixtureChange => ({
  file,
  line,
  column,
  value,
});

const GAMBIR = '31.71.01.1001';
const CIDENG = '31.71.01.1002';
const PULAU_PANGGANG = '31.01.01.1001';

describeOnEachDatabase('the data-quality page', (database) => {
  let brokenImport: number;

  beforeAll(async () => {
    const handle = database();
    await syncRegions(handle.db);
    // Two families broken (one without its cadre group, one with a water source nobody knows), their
    // five members going with them; two members of the third with schooling nobody knows (two messages).
    await importProcessed(
      handle,
      fixtureWith([
        set('keluarga', 2, 'kelompok_dasawisma', ''),
        set('keluarga', 3, 'sumber_air', 'pam'),
        set('individu', 8, 'pendidikan', 'kuliah'),
        set('individu', 9, 'pendidikan', 'sarjana'),
      ]),
    );
    brokenImport = (await listImports(handle.db, { limit: 1 })).rows[0]?.id as number;
    // A dwelling whose periode cannot be read belongs to no periode: it counts in no periode's rejections.
    await importProcessed(handle, fixtureWith([set('hunian', 5, 'periode', '2025S3')]));
    const refused = await importForTest(handle, fixtureWith([], { keluarga: 'foo,bar\n1,2\n' }));
    expect(refused.status).toBe('refused');
    await importProcessed(handle, path.join(FIXTURES, 'indicators', '2025S2'));
  });

  it('knows each kelurahan visited so far: its families this periode and its latest visit', async () => {
    const visits = await listLatestPendataan(database().db, { period: '2025S2' });
    expect(visits.find((visit) => visit.code === PULAU_PANGGANG)).toEqual({
      code: PULAU_PANGGANG,
      families: null,
      lastPendataan: '2025-04-02',
    });
    expect(visits.find((visit) => visit.code === GAMBIR)).toEqual({
      code: GAMBIR,
      families: 13,
      lastPendataan: '2025-09-10',
    });
    expect(visits).toHaveLength(5);
    // A later periode never counts towards an earlier one.
    expect(await listLatestPendataan(database().db, { period: '2025S1' })).toEqual([
      { code: PULAU_PANGGANG, families: 1, lastPendataan: '2025-04-02' },
      { code: GAMBIR, families: 2, lastPendataan: '2025-03-11' },
    ]);
  });

  it('lists all 267 kelurahan with coverage withheld over a small target, and flags the ones to chase', async () => {
    const rows = await getKelurahanQuality(database().db, '2025S2', 10);
    expect(rows).toHaveLength(267);
    const byCode = new Map(rows.map((row) => [row.code, row]));
    expect(byCode.get(GAMBIR)).toMatchObject({
      name: 'Gambir',
      district: 'Gambir',
      city: 'Jakarta Pusat',
      cityCode: '31.71',
      families: 13,
      coverage: { numerator: 13, denominator: 14, suppressed: false },
      lastPendataan: '2025-09-10',
      freshness: 'current',
    });
    expect(byCode.get(GAMBIR)?.coverage.value).toBeCloseTo((13 / 14) * 100, 10);
    // Cideng's target of 4 is below 10: its coverage is withheld, its count of families is not.
    expect(byCode.get(CIDENG)).toMatchObject({
      families: 4,
      coverage: { numerator: null, denominator: 4, value: null, suppressed: true },
      freshness: 'current',
    });
    expect(byCode.get(PULAU_PANGGANG)).toMatchObject({
      families: 0,
      coverage: { value: null, suppressed: false },
      lastPendataan: '2025-04-02',
      freshness: 'stale',
    });
    const count = (freshness: string) => rows.filter((row) => row.freshness === freshness).length;
    expect([count('current'), count('stale'), count('never')]).toEqual([4, 1, 262]);
  });

  it("counts a periode's rejected rows by reason, file and column, most first, with a message in each language", async () => {
    const reasons = await listRejectionsByReason(database().db, { period: '2025S1' });
    expect(
      reasons.map(({ reasonCode, file, column, rows, messages }) => [
        reasonCode,
        file,
        column,
        rows,
        messages,
      ]),
    ).toEqual([
      ['family_rejected', 'individu.csv', 'no_kk', 5, 1],
      ['invalid_choice', 'individu.csv', 'pendidikan', 2, 2],
      ['invalid_choice', 'keluarga.csv', 'sumber_air', 1, 1],
      ['required', 'keluarga.csv', 'kelompok_dasawisma', 1, 1],
    ]);
    expect(reasons[3]).toMatchObject({
      reasonId: 'Kolom kelompok_dasawisma wajib diisi.',
      reasonEn: 'Column kelompok_dasawisma is required.',
    });
    expect(await listRejectionsByReason(database().db, { period: '2025S2' })).toEqual([]);
  });

  it('counts rejected rows by import, leaving out rows whose periode could not be read', async () => {
    const byImport = await listRejectionsByImport(database().db, { period: '2025S1' });
    expect(byImport).toEqual([
      {
        importId: brokenImport,
        sourceName: expect.any(String),
        finishedAt: expect.any(Date),
        synthetic: false,
        rows: 9,
      },
    ]);
  });

  it('lists the imports newest first, refused ones with their reason, and how many there are in all', async () => {
    const { rows, total } = await listImports(database().db, { limit: 3 });
    expect(total).toBe(4);
    expect(rows.map((row) => row.status)).toEqual(['processed', 'refused', 'processed']);
    expect(rows[0]).toMatchObject({ periods: ['2025S2'], synthetic: false, warnings: 0, refusalId: null });
    expect(rows[0]?.counts?.keluarga).toEqual({ accepted: 22, replaced: 0, unchanged: 0, rejected: 0 });
    expect(rows[0]?.sourceSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(rows[1]).toMatchObject({
      counts: null,
      refusalId: expect.stringMatching(/\S/),
      refusalEn: expect.stringMatching(/\S/),
    });
    expect(rows[2]?.counts?.hunian?.rejected).toBe(1);
  });
});
