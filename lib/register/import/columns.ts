/**
 * The exchange format (shared/spec/import-format.md) as data: the files of a submission, their
 * columns, and how each column is checked. The importer, its staging tables and its tests read it.
 */
export const SUBMISSION_FILES = ['keluarga', 'individu', 'hunian', 'target'] as const;
export type SubmissionFile = (typeof SUBMISSION_FILES)[number];
export const REQUIRED_FILES: readonly SubmissionFile[] = ['keluarga', 'individu', 'hunian'];

export const YES = 'ya';
export const NO = 'tidak';

/** The allowed values of the format, in the order of the spec; the generator indexes them. */
export const MAKANAN_POKOK = ['beras', 'non_beras'] as const;
export const SUMBER_AIR = [
  'pdam',
  'sumur_terlindung',
  'sumur_tidak_terlindung',
  'mata_air',
  'sungai',
  'air_kemasan',
  'lainnya',
] as const;
export const JAMBAN = ['sendiri', 'bersama', 'umum', 'tidak_ada'] as const;
export const TAHAPAN_KS = ['pra_sejahtera', 'ks1', 'ks2', 'ks3', 'ks3_plus'] as const;
export const JENIS_KELAMIN = ['L', 'P'] as const;
export const HUBUNGAN = [
  'kepala',
  'istri',
  'suami',
  'anak',
  'menantu',
  'cucu',
  'orang_tua',
  'famili_lain',
  'lainnya',
] as const;
export const STATUS_KAWIN = ['belum_kawin', 'kawin', 'cerai_hidup', 'cerai_mati'] as const;
export const PENDIDIKAN = ['tidak_sekolah', 'sd', 'smp', 'sma', 'diploma', 's1', 's2_s3'] as const;
export const KB = ['tidak', 'pil', 'suntik', 'implan', 'iud', 'kondom', 'mow', 'mop', 'tradisional'] as const;
export const BERKEBUTUHAN_KHUSUS = ['tidak', 'fisik', 'non_fisik'] as const;
export const KRITERIA_RUMAH = ['sehat', 'kurang_sehat'] as const;
export const STATUS_MILIK = ['milik_sendiri', 'sewa', 'kontrak', 'dinas', 'menumpang', 'lainnya'] as const;

type ColumnType =
  | { kind: 'period' }
  | { kind: 'date' }
  | { kind: 'kelurahan' }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'text'; max: number }
  | { kind: 'identity' }
  | { kind: 'choice'; choices: readonly string[] }
  | { kind: 'boolean' }
  | { kind: 'area' };

/**
 * `required`: a value in every row. `optional`: may be empty (the spec's "may be empty when…";
 * the conditions that make it required are checked across rows). `women`: required for women and
 * empty for men. A column that may be empty may also be left out of the header.
 */
export type Requirement = 'required' | 'optional' | 'women';

export type ColumnSpec = ColumnType & { name: string; requirement: Requirement };

const required = (name: string, type: ColumnType): ColumnSpec => ({ name, requirement: 'required', ...type });
const optional = (name: string, type: ColumnType): ColumnSpec => ({ name, requirement: 'optional', ...type });
const choice = (choices: readonly string[]) => ({ kind: 'choice', choices }) as const;
const BOOLEAN = { kind: 'boolean' } as const;
const PERIOD = { kind: 'period' } as const;
const DATE = { kind: 'date' } as const;
const KELURAHAN = { kind: 'kelurahan' } as const;
const IDENTITY = { kind: 'identity' } as const;
const TEXT_40 = { kind: 'text', max: 40 } as const;
const RW_RT = { kind: 'integer', min: 1, max: 999 } as const;

export const FILE_COLUMNS: Record<SubmissionFile, readonly ColumnSpec[]> = {
  keluarga: [
    required('periode', PERIOD),
    required('tanggal_pendataan', DATE),
    required('kode_kelurahan', KELURAHAN),
    required('rw', RW_RT),
    required('rt', RW_RT),
    required('kelompok_dasawisma', TEXT_40),
    required('no_kk', IDENTITY),
    required('id_hunian', TEXT_40),
    required('makanan_pokok', choice(MAKANAN_POKOK)),
    required('sumber_air', choice(SUMBER_AIR)),
    required('jamban', choice(JAMBAN)),
    required('tempat_sampah', BOOLEAN),
    required('spal', BOOLEAN),
    optional('stiker_p4k', BOOLEAN),
    required('up2k', BOOLEAN),
    required('pemanfaatan_pekarangan', BOOLEAN),
    required('industri_rumah_tangga', BOOLEAN),
    required('kerja_bakti', BOOLEAN),
    required('tahapan_ks', choice(TAHAPAN_KS)),
  ],
  individu: [
    required('periode', PERIOD),
    required('no_kk', IDENTITY),
    required('nik', IDENTITY),
    required('jenis_kelamin', choice(JENIS_KELAMIN)),
    required('tanggal_lahir', DATE),
    required('hubungan', choice(HUBUNGAN)),
    required('status_kawin', choice(STATUS_KAWIN)),
    required('pendidikan', choice(PENDIDIKAN)),
    required('sedang_sekolah', BOOLEAN),
    required('bisa_baca_tulis', BOOLEAN),
    optional('ikut_paud', BOOLEAN),
    optional('kb', choice(KB)),
    { name: 'hamil', requirement: 'women', ...BOOLEAN },
    { name: 'menyusui', requirement: 'women', ...BOOLEAN },
    optional('aktif_posyandu', BOOLEAN),
    required('berkebutuhan_khusus', choice(BERKEBUTUHAN_KHUSUS)),
    required('punya_jkn', BOOLEAN),
    required('punya_tabungan', BOOLEAN),
  ],
  hunian: [
    required('periode', PERIOD),
    required('kode_kelurahan', KELURAHAN),
    required('id_hunian', TEXT_40),
    required('luas_lantai_m2', { kind: 'area' }),
    required('kriteria_rumah', choice(KRITERIA_RUMAH)),
    required('status_milik', choice(STATUS_MILIK)),
  ],
  target: [
    required('periode', PERIOD),
    required('kode_kelurahan', KELURAHAN),
    required('keluarga_sasaran', { kind: 'integer', min: 0, max: 100_000_000 }),
  ],
};

/** Columns that must be in the header: those whose cells may not all be empty. */
export function headerColumns(file: SubmissionFile): string[] {
  return FILE_COLUMNS[file]
    .filter((column) => column.requirement !== 'optional')
    .map((column) => column.name);
}

/** The names of a file's columns, in the order of the spec. */
export function columnNames(file: SubmissionFile): string[] {
  return FILE_COLUMNS[file].map((column) => column.name);
}

/** The name of a column in the register: identity numbers are stored only as keyed hashes. */
export function storedColumnName(column: string): string {
  if (column === 'no_kk') return 'kk_hash';
  if (column === 'nik') return 'nik_hash';
  return column;
}
