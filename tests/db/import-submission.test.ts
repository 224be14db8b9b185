import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import yazl from 'yazl';
import { syncRegions } from '@/lib/geo/sync-regions';
import { SUBMISSION_FILES } from '@/lib/register/import/columns';
import { registerQuery } from '@/lib/register/store/session';
import { describeOnEachDatabase } from '../support/databases';
import {
  dumpAllTables,
  FIXTURE_SUBMISSION,
  fixtureLines,
  fixtureWith,
  importProcessed,
  registerSnapshot,
} from '../support/submissions';

const FIXTURE_COUNTS = { keluarga: 3, individu: 8, hunian: 4, target: 2 };
const unchangedCounts = (counts: Record<string, number>) =>
  Object.fromEntries(
    Object.entries(counts).map(([file, n]) => [
      file,
      { accepted: 0, replaced: 0, unchanged: n, rejected: 0 },
    ]),
  );

async function workbookFromFixture(folder: string, dateCells: boolean): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  for (const file of SUBMISSION_FILES) {
    const sheet = workbook.addWorksheet(file);
    for (const [index, line] of fixtureLines(file).entries()) {
      // The fixture has one quoted cell; the sheet holds its unquoted value.
      const cells = line.replace('"Dasawisma Bahari, Pulau 1"', 'Dasawisma Bahari; Pulau 1').split(',');
      const row = cells.map((cell) => cell.replace('Dasawisma Bahari; Pulau 1', 'Dasawisma Bahari, Pulau 1'));
      // As a person typing in Excel would: dates as date cells.
      sheet.addRow(
        row.map((cell) =>
          dateCells && index > 0 && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell,
        ),
      );
    }
  }
  const file = path.join(folder, 'dasawisma.xlsx');
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  return file;
}

async function zipOfFixture(folder: string): Promise<string> {
  const zip = new yazl.ZipFile();
  for (const file of SUBMISSION_FILES)
    zip.addBuffer(await readFile(path.join(FIXTURE_SUBMISSION, `${file}.csv`)), `kiriman/${file}.csv`);
  zip.addBuffer(Buffer.from('catatan'), 'kiriman/BACA.txt');
  zip.end();
  const file = path.join(folder, 'kiriman.zip');
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(file, Buffer.concat(chunks));
  return file;
}

describeOnEachDatabase('importing a submission', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
  });

  it('accepts every row of a clean submission and reports the counts of DESIGN.md', async () => {
    const report = await importProcessed(database(), FIXTURE_SUBMISSION);
    for (const [file, n] of Object.entries(FIXTURE_COUNTS))
      expect(report[file as keyof typeof FIXTURE_COUNTS]).toEqual({
        accepted: n,
        replaced: 0,
        unchanged: 0,
        rejected: 0,
      });
    expect(report.rejections).toEqual([]);
    expect(report.periods).toEqual(['2025S1']);
    const [persons] = await registerQuery<{ n: number; kelurahan: number }>(
      database(),
      'SELECT count(*)::integer AS n, count(DISTINCT kode_kelurahan)::integer AS kelurahan FROM persons',
    );
    expect(persons).toEqual({ n: 8, kelurahan: 2 });
  });

  it('changes nothing when the same submission comes again: everything is unchanged', async () => {
    const before = await registerSnapshot(database());
    const report = await importProcessed(database(), FIXTURE_SUBMISSION);
    expect(report).toMatchObject(unchangedCounts(FIXTURE_COUNTS));
    expect(await registerSnapshot(database())).toEqual(before);
  });

  it('still matches persons and families stored with whole 32-byte hashes by an earlier version, once migrated', async () => {
    // Before migration 0007 a stored hash was the whole HMAC, whose first 16 bytes are today's hash.
    const lengthen = (column: string) => `${column} = ${column} || decode(repeat('ab', 16), 'hex')`;
    await registerQuery(database(), `UPDATE persons SET ${lengthen('nik_hash')}, ${lengthen('kk_hash')}`);
    await registerQuery(database(), `UPDATE families SET ${lengthen('kk_hash')}`);
    const migration = await readFile(path.join('drizzle', '0007_identity_hash_128.sql'), 'utf8');
    for (const statement of migration.split('--> statement-breakpoint'))
      await registerQuery(database(), statement);
    const [lengths] = await registerQuery<{ lengths: number[] }>(
      database(),
      `SELECT array_agg(DISTINCT length(h)) AS lengths FROM (
         SELECT nik_hash AS h FROM persons UNION ALL SELECT kk_hash FROM persons UNION ALL SELECT kk_hash FROM families) hashes`,
    );
    expect(lengths?.lengths).toEqual([16]);
    const report = await importProcessed(database(), FIXTURE_SUBMISSION);
    expect(report).toMatchObject(unchangedCounts(FIXTURE_COUNTS));
  });

  it('reads the same submission from an .xlsx workbook, with dates typed as Excel dates, and from a .zip', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'jk-formats-'));
    const before = await registerSnapshot(database());
    for (const file of [await workbookFromFixture(folder, true), await zipOfFixture(folder)]) {
      const report = await importProcessed(database(), file);
      expect(report).toMatchObject(unchangedCounts(FIXTURE_COUNTS));
    }
    expect(await registerSnapshot(database())).toEqual(before);
  });

  it('warns about a file of the .zip that is not part of the format', async () => {
    const report = await importProcessed(
      database(),
      await zipOfFixture(await mkdtemp(path.join(tmpdir(), 'jk-'))),
    );
    expect(report.warnings).toEqual([expect.objectContaining({ id: expect.stringContaining('BACA.txt') })]);
  });

  it('writes nothing of a periode whose every row a rule across rows rejected: no partition, not among the periods', async () => {
    const submission = fixtureWith([
      {
        file: 'keluarga',
        append:
          '2025S2,2025-08-11,31.71.01.1001,1,1,Dasawisma Melati 1,3171010101250099,RW09-RT009-099,beras,pdam,sendiri,ya,ya,tidak,tidak,ya,tidak,ya,ks2',
      },
      {
        file: 'individu',
        append:
          '2025S2,3171010101250099,3171010109100099,L,2010-09-01,anak,belum_kawin,sd,ya,ya,,,,,,tidak,tidak,tidak',
      },
    ]);
    const report = await importProcessed(database(), submission);
    expect(report.keluarga.rejected).toBe(1);
    expect(report.individu.rejected).toBe(1);
    expect(report.periods).toEqual(['2025S1']);
    const [partitions] = await registerQuery<{ n: number }>(
      database(),
      "SELECT count(*)::integer AS n FROM pg_class WHERE relname LIKE '%_p2025s2'",
    );
    expect(partitions?.n).toBe(0);
  });

  it('never stores a NIK or No KK in clear: no table holds one, as text or as bytes', async () => {
    const dump = await dumpAllTables(database());
    const numbers = [...fixtureLines('individu'), ...fixtureLines('keluarga')].flatMap(
      (line) => line.match(/\b\d{16}\b/g) ?? [],
    );
    expect(numbers.length).toBeGreaterThanOrEqual(19);
    for (const number of new Set(numbers)) {
      expect(dump).not.toContain(number);
      expect(dump).not.toContain(Buffer.from(number).toString('hex'));
    }
    expect(dump).toContain('Dasawisma Bahari, Pulau 1');
  });

  it('replaces a family sent again with a later tanggal_pendataan, with its new list of members', async () => {
    const report = await importProcessed(
      database(),
      fixtureWith([
        { file: 'keluarga', line: 3, column: 'tanggal_pendataan', value: '2025-05-20' },
        { file: 'keluarga', line: 3, column: 'sumber_air', value: 'pdam' },
        { file: 'individu', removeLine: 6 },
      ]),
    );
    expect(report.keluarga).toEqual({ accepted: 0, replaced: 1, unchanged: 2, rejected: 0 });
    expect(report.individu).toEqual({ accepted: 0, replaced: 0, unchanged: 7, rejected: 0 });
    const [family] = await registerQuery<{ sumber_air: string; members: number }>(
      database(),
      `SELECT f.sumber_air, (SELECT count(*)::integer FROM persons p WHERE p.kk_hash = f.kk_hash) AS members
       FROM families f WHERE f.tanggal_pendataan = '2025-05-20'`,
    );
    expect(family).toEqual({ sumber_air: 'pdam', members: 1 });
  });

  it('keeps the stored family when an older version of it comes in, and rejects that version with its members', async () => {
    const report = await importProcessed(
      database(),
      fixtureWith([{ file: 'keluarga', line: 3, column: 'tanggal_pendataan', value: '2025-03-11' }]),
    );
    expect(report.keluarga).toMatchObject({ replaced: 0, rejected: 1 });
    expect(report.rejections).toContainEqual(
      expect.objectContaining({
        file: 'keluarga.csv',
        line: 3,
        column: 'tanggal_pendataan',
        reason_id: expect.stringContaining('2025-05-20'),
      }),
    );
    expect(report.rejections.filter((rejection) => rejection.file === 'individu.csv')).toEqual([
      expect.objectContaining({
        line: 5,
        column: 'no_kk',
        reason_en: expect.stringContaining('family was rejected'),
      }),
      expect.objectContaining({ line: 6, column: 'no_kk' }),
    ]);
  });
});

describeOnEachDatabase('a NIK in two families of one periode', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
    await importProcessed(database(), FIXTURE_SUBMISSION);
  });

  // The son of family 2 (recorded 2025-03-11), sent as a member of a new family.
  const SON = '2025S1,{kk},3171010109100005,L,2010-09-01,anak,belum_kawin,sd,ya,ya,,,,,,tidak,tidak,tidak';
  const newFamily = (kk: string, date: string, headNik: string) => [
    {
      file: 'keluarga' as const,
      append: `2025S1,${date},31.71.01.1001,2,4,Dasawisma Mawar,${kk},RW01-RT001-002,beras,pdam,sendiri,ya,ya,,ya,ya,tidak,ya,ks3`,
    },
    {
      file: 'individu' as const,
      append: `2025S1,${kk},${headNik},L,1975-12-12,kepala,kawin,sma,tidak,ya,,,,,,tidak,ya,ya`,
    },
    { file: 'individu' as const, append: SON.replace('{kk}', kk) },
    // The rest of the fixture is sent without family 2, so that family 2 stays as stored.
    { file: 'keluarga' as const, removeLine: 3 },
    { file: 'individu' as const, removeLine: 5 },
    { file: 'individu' as const, removeLine: 5 },
  ];

  it('keeps the person in a stored family recorded later, and rejects the earlier claim', async () => {
    const report = await importProcessed(
      database(),
      fixtureWith(newFamily('3171010101250010', '2025-03-01', '3171011212750009')),
    );
    expect(report.rejections).toContainEqual(
      expect.objectContaining({
        file: 'individu.csv',
        column: 'nik',
        reason_en: expect.stringContaining('recorded later'),
      }),
    );
    expect(report.conflicts).toEqual([]);
  });

  it('moves the person to the family recorded later and reports the conflict', async () => {
    const report = await importProcessed(
      database(),
      fixtureWith(newFamily('3171010101250011', '2025-06-01', '3171011212750010')),
    );
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        file: 'individu.csv',
        column: 'nik',
        reason_en: expect.stringContaining('recorded earlier'),
      }),
    ]);
    expect(report.individu.replaced).toBe(1);
    const rows = await registerQuery<{ members: number; date: string }>(
      database(),
      `SELECT count(p.*)::integer AS members, f.tanggal_pendataan::text AS date FROM families f
       LEFT JOIN persons p ON p.periode = f.periode AND p.kk_hash = f.kk_hash
       WHERE f.tanggal_pendataan IN ('2025-03-11', '2025-06-01') GROUP BY f.tanggal_pendataan ORDER BY 2`,
    );
    expect(rows).toEqual([
      { members: 1, date: '2025-03-11' },
      { members: 2, date: '2025-06-01' },
    ]);
  });

  it.each([
    ['', undefined],
    [' (with too many keys to track candidates)', 2],
  ])(
    'within one submission, keeps the person in the family recorded later and rejects the other row%s',
    async (_, duplicateKeySlots) => {
      const kk = '3171010101250012';
      const report = await importProcessed(
        database(),
        fixtureWith([
          {
            file: 'keluarga',
            append: `2025S1,2025-06-15,31.71.01.1001,2,4,Dasawisma Mawar,${kk},RW01-RT001-002,beras,pdam,sendiri,ya,ya,,ya,ya,tidak,ya,ks3`,
          },
          {
            file: 'individu',
            append: `2025S1,${kk},3171011212750013,L,1975-12-12,kepala,kawin,sma,tidak,ya,,,,,,tidak,ya,ya`,
          },
          { file: 'individu', append: SON.replace('{kk}', kk) },
        ]),
        { duplicateKeySlots },
      );
      expect(report.rejections).toContainEqual({
        file: 'individu.csv',
        line: 6,
        column: 'nik',
        reason_id: expect.stringContaining('baris 11'),
        reason_en:
          'This NIK is also recorded in another family recorded later (line 11); the person is kept there.',
      });
    },
  );
});
