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

async function upsert(session: RegisterSession, write: TableWrite, importId: number) {
  const columns = [...write.keys, ...write.values];
  const stored = (column: string) => `${write.table}.${column}`;
  const [counts] = await session.query<{ accepted: number; replaced: number; staged: number }>(
    `WITH upserted AS (
       INSERT INTO ${write.table} (${columns.join(', ')}, import_id)
       SELECT staged.*, $1::integer FROM (${write.source}) staged
       ON CONFLICT (${write.keys.join(', ')}) DO UPDATE
         SET ${write.values.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}, import_id = EXCLUDED.import_id
         WHERE (${write.values.map(stored).join(', ')}) IS DISTINCT FROM
               (${write.values.map((column) => `EXCLUDED.${column}`).join(', ')})
       RETURNING xmax = 0 AS inserted)
     SELECT count(*) FILTER (WHERE inserted)::integer AS accepted,
            count(*) FILTER (WHERE NOT inserted)::integer AS replaced,
            (SELECT count(*) FROM stage_${write.file})::integer AS staged
     FROM upserted`,
    [importId],
  );
  const { accepted, replaced, staged } = counts as { accepted: number; replaced: number; staged: number };
  return { accepted, replaced, unchanged: staged - accepted - replaced };
}

/** Upserts every table and drops the members a replaced family no longer lists; returns the counts per file. */
export async function writeRegister(
  session: RegisterSession,
  importId: number,
): Promise<Record<SubmissionFile, Omit<ImportFileCounts, 'rejected'>>> {
  const counts = {} as Record<SubmissionFile, Omit<ImportFileCounts, 'rejected'>>;
  for (const write of TABLE_WRITES) counts[write.file] = await upsert(session, write, importId);
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
