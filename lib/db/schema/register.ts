import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  serial,
  smallint,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

/** A keyed hash of a NIK or No KK: the first 16 bytes of its HMAC-SHA-256. The clear number is never stored. */
const identityHash = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/**
 * The Dasawisma register, one version of every family, person, dwelling and target per periode.
 * Every table carries the periode first in its key, so per-periode work reads only its own rows,
 * and the kelurahan code, so that every aggregate groups by region without a join.
 */
export const families = pgTable(
  'families',
  {
    periode: text('periode').notNull(),
    kkHash: identityHash('kk_hash').notNull(),
    kodeKelurahan: text('kode_kelurahan').notNull(),
    tanggalPendataan: date('tanggal_pendataan').notNull(),
    rw: smallint('rw').notNull(),
    rt: smallint('rt').notNull(),
    kelompokDasawisma: text('kelompok_dasawisma').notNull(),
    idHunian: text('id_hunian').notNull(),
    makananPokok: text('makanan_pokok').notNull(),
    sumberAir: text('sumber_air').notNull(),
    jamban: text('jamban').notNull(),
    tempatSampah: boolean('tempat_sampah').notNull(),
    spal: boolean('spal').notNull(),
    stikerP4k: boolean('stiker_p4k'),
    up2k: boolean('up2k').notNull(),
    pemanfaatanPekarangan: boolean('pemanfaatan_pekarangan').notNull(),
    industriRumahTangga: boolean('industri_rumah_tangga').notNull(),
    kerjaBakti: boolean('kerja_bakti').notNull(),
    tahapanKs: text('tahapan_ks').notNull(),
    importId: integer('import_id').notNull(),
  },
  // Keys put periode last: each partition holds one periode, and a leading column that never differs
  // makes every comparison of an index build go past it (a new periode's indexes build three times slower).
  // No index by kelurahan: every reader of families scans a whole periode (indicators, freshness).
  (table) => [primaryKey({ columns: [table.kkHash, table.periode] })],
);

export const persons = pgTable(
  'persons',
  {
    periode: text('periode').notNull(),
    nikHash: identityHash('nik_hash').notNull(),
    kkHash: identityHash('kk_hash').notNull(),
    kodeKelurahan: text('kode_kelurahan').notNull(),
    /** Full years at the family's tanggal_pendataan, as every age-based indicator counts it; set on import. */
    umur: smallint('umur'),
    jenisKelamin: text('jenis_kelamin').notNull(),
    tanggalLahir: date('tanggal_lahir').notNull(),
    hubungan: text('hubungan').notNull(),
    statusKawin: text('status_kawin').notNull(),
    pendidikan: text('pendidikan').notNull(),
    sedangSekolah: boolean('sedang_sekolah').notNull(),
    bisaBacaTulis: boolean('bisa_baca_tulis').notNull(),
    ikutPaud: boolean('ikut_paud'),
    kb: text('kb'),
    hamil: boolean('hamil'),
    menyusui: boolean('menyusui'),
    aktifPosyandu: boolean('aktif_posyandu'),
    berkebutuhanKhusus: text('berkebutuhan_khusus').notNull(),
    punyaJkn: boolean('punya_jkn').notNull(),
    punyaTabungan: boolean('punya_tabungan').notNull(),
    importId: integer('import_id').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.nikHash, table.periode] }),
    index('persons_family_periode_idx').on(table.kkHash, table.periode),
  ],
);

export const dwellings = pgTable(
  'dwellings',
  {
    periode: text('periode').notNull(),
    kodeKelurahan: text('kode_kelurahan').notNull(),
    idHunian: text('id_hunian').notNull(),
    luasLantaiM2: numeric('luas_lantai_m2').notNull(),
    kriteriaRumah: text('kriteria_rumah').notNull(),
    statusMilik: text('status_milik').notNull(),
    importId: integer('import_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.kodeKelurahan, table.idHunian, table.periode] })],
);

export const targets = pgTable(
  'targets',
  {
    periode: text('periode').notNull(),
    kodeKelurahan: text('kode_kelurahan').notNull(),
    keluargaSasaran: integer('keluarga_sasaran').notNull(),
    importId: integer('import_id').notNull(),
  },
  (table) => [primaryKey({ columns: [table.periode, table.kodeKelurahan] })],
);

export type ImportStatus = 'processed' | 'refused';
export type ImportFileCounts = { accepted: number; replaced: number; unchanged: number; rejected: number };

/** Every submission that reached the importer, whether it was processed or refused as a whole. */
export const imports = pgTable('imports', {
  id: serial('id').primaryKey(),
  startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
  finishedAt: timestamp('finished_at', { withTimezone: true }).notNull(),
  durationMs: integer('duration_ms').notNull(),
  sourceName: text('source_name').notNull(),
  sourceSha256: text('source_sha256').notNull(),
  status: text('status').$type<ImportStatus>().notNull(),
  /** Per file (keluarga, individu, hunian, target): accepted, replaced, unchanged, rejected. */
  counts: jsonb('counts').$type<Record<string, ImportFileCounts>>(),
  periods: text('periods').array().notNull().default([]),
  synthetic: boolean('synthetic').notNull().default(false),
  refusalId: text('refusal_id'),
  refusalEn: text('refusal_en'),
  warnings: jsonb('warnings').$type<{ id: string; en: string }[]>().notNull().default([]),
});

export type ImportIssueKind = 'rejected' | 'conflict';

/** Rows an import rejected, and NIK conflicts it resolved; never a NIK or No KK in clear. */
export const importIssues = pgTable(
  'import_issues',
  {
    id: serial('id').primaryKey(),
    importId: integer('import_id')
      .notNull()
      .references(() => imports.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ImportIssueKind>().notNull(),
    file: text('file').notNull(),
    line: integer('line').notNull(),
    column: text('column').notNull(),
    reasonCode: text('reason_code').notNull(),
    reasonId: text('reason_id').notNull(),
    reasonEn: text('reason_en').notNull(),
    periode: text('periode'),
    kodeKelurahan: text('kode_kelurahan'),
  },
  (table) => [
    index('import_issues_import_idx').on(table.importId, table.kind),
    // The data-quality page counts a periode's rejected rows by reason and by import.
    index('import_issues_periode_idx').on(table.periode, table.kind),
  ],
);

/** Settings of the register, e.g. the fingerprint of the identity key that the stored hashes were made with. */
export const registerSettings = pgTable('register_settings', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});
