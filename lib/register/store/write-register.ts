import type { ImportFileCounts } from '../../db/schema';
import type { SubmissionFile } from '../import/columns';
import type { RegisterSession } from './session';

/**
 * Writes the rows that survived every rule into the register, one upsert per table. A row identical
 * to the stored one is not touched (so importing a submission twice changes nothing); `xmax = 0`
 * tells a new row from a replaced one.
 */
type TableWrite = {
  file: SubmissionFile;
  table: string;
  keys: readonly string[];
  values: readonly string[];
  /** The staged rows, with one column per key and value in that order. */
  source: string;
};

const TABLE_WRITES: TableWrite[] = [
  {
    file: 'hunian',
    table: 'dwellings',
    keys: ['periode', 'kode_kelurahan', 'id_hunian'],
    values: ['luas_lantai_m2', 'kriteria_rumah', 'status_milik'],
    source:
      'SELECT periode, kode_kelurahan, id_hunian, luas_lantai_m2, kriteria_rumah, status_milik FROM stage_hunian',
  },
  {
    file: 'target',
    table: 'targets',
    keys: ['periode', 'kode_kelurahan'],
    values: ['keluarga_sasaran'],
    source: 'SELECT periode, kode_kelurahan, keluarga_sasaran FROM stage_target',
  },
  {
    file: 'keluarga',
    table: 'families',
    keys: ['periode', 'kk_hash'],
    values: [
      'kode_kelurahan',
      'tanggal_pendataan',
      'rw',
      'rt',
      'kelompok_dasawisma',
      'id_hunian',
      'makanan_pokok',
      'sumber_air',
      'jamban',
      'tempat_sampah',
      'spal',
      'stiker_p4k',
      'up2k',
      'pemanfaatan_pekarangan',
      'industri_rumah_tangga',
      'kerja_bakti',
      'tahapan_ks',
    ],
    source: `SELECT periode, kk_hash, kode_kelurahan, tanggal_pendataan, rw, rt, kelompok_dasawisma, id_hunian,
        makanan_pokok, sumber_air, jamban, tempat_sampah, spal, stiker_p4k, up2k, pemanfaatan_pekarangan,
        industri_rumah_tangga, kerja_bakti, tahapan_ks FROM stage_keluarga`,
  },
  {
    file: 'individu',
    table: 'persons',
    keys: ['periode', 'nik_hash'],
    values: [
      'kk_hash',
      'kode_kelurahan',
      'jenis_kelamin',
      'tanggal_lahir',
      'hubungan',
      'status_kawin',
      'pendidikan',
      'sedang_sekolah',
      'bisa_baca_tulis',
      'ikut_paud',
      'kb',
      'hamil',
      'menyusui',
      'aktif_posyandu',
      'berkebutuhan_khusus',
      'punya_jkn',
      'punya_tabungan',
    ],
    // Persons take their kelurahan from their family, so that every table carries it.
    source: `SELECT p.periode, p.nik_hash, p.kk_hash, f.kode_kelurahan, p.jenis_kelamin, p.tanggal_lahir, p.hubungan,
        p.status_kawin, p.pendidikan, p.sedang_sekolah, p.bisa_baca_tulis, p.ikut_paud, p.kb, p.hamil, p.menyusui,
        p.aktif_posyandu, p.berkebutuhan_khusus, p.punya_jkn, p.punya_tabungan
      FROM stage_individu p JOIN stage_keluarga f ON f.periode = p.periode AND f.kk_hash = p.kk_hash`,
  },
];

type Counts = { accepted: number; replaced: number; unchanged: number };

const partitionName = (table: string, periode: string) => `${table}_p${periode.toLowerCase()}`;

async function partitionExists(session: RegisterSession, table: string, periode: string): Promise<boolean> {
  const [row] = await session.query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [
    partitionName(table, periode),
  ]);
  return row?.found ?? false;
}

/**
 * A periode seen for the first time gets a partition of its own, loaded before it has any index and
 * attached afterwards, which builds its indexes in one sort: several times faster than inserting
 * millions of rows into indexed tables. The CHECK lets ATTACH skip its validation scan.
 */
async function loadNewPartition(
  session: RegisterSession,
  write: TableWrite,
  periode: string,
  importId: number,
) {
  const partition = partitionName(write.table, periode);
  const columns = [...write.keys, ...write.values];
  await session.query(`CREATE TABLE ${partition} (LIKE ${write.table} INCLUDING DEFAULTS)`);
  await session.query(
    `ALTER TABLE ${partition} ADD CONSTRAINT ${partition}_periode CHECK (periode = '${periode}')`,
  );
  await session.query(
    `INSERT INTO ${partition} (${columns.join(', ')}, import_id)
     SELECT staged.*, $1::integer FROM (${write.source}) staged WHERE staged.periode = $2`,
    [importId, periode],
  );
  await session.query(
    `ALTER TABLE ${write.table} ATTACH PARTITION ${partition} FOR VALUES IN ('${periode}')`,
  );
}

/**
 * A periode already stored: one upsert into its partition (a plain table, where `xmax = 0` tells a new
 * row from a replaced one), which leaves a row identical to the stored one untouched.
 */
async function upsertPeriode(session: RegisterSession, write: TableWrite, periode: string, importId: number) {
  const partition = partitionName(write.table, periode);
  const columns = [...write.keys, ...write.values];
  const stored = (column: string) => `${partition}.${column}`;
  const [counts] = await session.query<{ accepted: number; replaced: number }>(
    `WITH upserted AS (
       INSERT INTO ${partition} (${columns.join(', ')}, import_id)
       SELECT staged.*, $1::integer FROM (${write.source}) staged WHERE staged.periode = $2
       ON CONFLICT (${write.keys.join(', ')}) DO UPDATE
         SET ${write.values.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}, import_id = EXCLUDED.import_id
         WHERE (${write.values.map(stored).join(', ')}) IS DISTINCT FROM
               (${write.values.map((column) => `EXCLUDED.${column}`).join(', ')})
       RETURNING xmax = 0 AS inserted)
     SELECT count(*) FILTER (WHERE inserted)::integer AS accepted,
            count(*) FILTER (WHERE NOT inserted)::integer AS replaced
     FROM upserted`,
    [importId, periode],
  );
  return counts ?? { accepted: 0, replaced: 0 };
}

async function writeTable(session: RegisterSession, write: TableWrite, importId: number): Promise<Counts> {
  const staged = await session.query<{ periode: string; rows: number }>(
    `SELECT periode, count(*)::integer AS rows FROM stage_${write.file} GROUP BY periode ORDER BY periode`,
  );
  const total: Counts = { accepted: 0, replaced: 0, unchanged: 0 };
  for (const { periode, rows } of staged) {
    if (await partitionExists(session, write.table, periode)) {
      const { accepted, replaced } = await upsertPeriode(session, write, periode, importId);
      total.accepted += accepted;
      total.replaced += replaced;
      total.unchanged += rows - accepted - replaced;
    } else {
      await loadNewPartition(session, write, periode, importId);
      total.accepted += rows;
    }
  }
  return total;
}

/** Writes every table and drops the members a replaced family no longer lists; returns the counts per file. */
export async function writeRegister(
  session: RegisterSession,
  importId: number,
): Promise<Record<SubmissionFile, Omit<ImportFileCounts, 'rejected'>>> {
  const counts = {} as Record<SubmissionFile, Omit<ImportFileCounts, 'rejected'>>;
  for (const write of TABLE_WRITES) {
    const t = performance.now();
    counts[write.file] = await writeTable(session, write, importId);
    if (process.env.JK_TIMING) console.error(`write ${write.table}: ${Math.round(performance.now() - t)} ms`);
  }
  await session.query(
    `DELETE FROM persons p USING stage_keluarga f
     WHERE p.periode = f.periode AND p.kk_hash = f.kk_hash
       AND NOT EXISTS (SELECT 1 FROM stage_individu s WHERE s.periode = p.periode AND s.nik_hash = p.nik_hash)`,
  );
  return counts;
}

/** The periods that this import's surviving rows belong to: the ones whose indicators must be recomputed. */
export async function stagedPeriods(session: RegisterSession): Promise<string[]> {
  const rows = await session.query<{ periode: string }>(
    `SELECT periode FROM stage_keluarga UNION SELECT periode FROM stage_hunian
     UNION SELECT periode FROM stage_target ORDER BY periode`,
  );
  return rows.map((row) => row.periode);
}
