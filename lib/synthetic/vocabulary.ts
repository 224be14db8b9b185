/**
 * The exchange format's tables, columns and allowed values as the generator uses them, all taken from
 * lib/register/import/columns.ts (the format as data). Codes held in memory are indexes into these lists.
 */
import { columnNames, SUBMISSION_FILES } from '../register/import/columns';

export {
  BERKEBUTUHAN_KHUSUS,
  HUBUNGAN,
  JAMBAN,
  KB,
  KRITERIA_RUMAH,
  MAKANAN_POKOK,
  NO,
  PENDIDIKAN,
  STATUS_KAWIN,
  STATUS_MILIK,
  SUMBER_AIR,
  TAHAPAN_KS,
  YES,
} from '../register/import/columns';

export const KELUARGA_COLUMNS = columnNames('keluarga');
export const INDIVIDU_COLUMNS = columnNames('individu');
export const HUNIAN_COLUMNS = columnNames('hunian');
export const TARGET_COLUMNS = columnNames('target');

export const TABLE_COLUMNS = {
  keluarga: KELUARGA_COLUMNS,
  individu: INDIVIDU_COLUMNS,
  hunian: HUNIAN_COLUMNS,
  target: TARGET_COLUMNS,
} as const;

export type TableName = keyof typeof TABLE_COLUMNS;
export const TABLE_NAMES = SUBMISSION_FILES satisfies readonly TableName[];
export type ColumnOf<T extends TableName> = (typeof TABLE_COLUMNS)[T][number];

/** Columns of free text; every other column holds a code, number, date or fixed word. */
export const TEXT_COLUMNS: { readonly [T in TableName]: readonly ColumnOf<T>[] } = {
  keluarga: ['kelompok_dasawisma', 'id_hunian'],
  individu: [],
  hunian: ['id_hunian'],
  target: [],
};

/** Position of a column in the rows the generator writes. */
export function columnIndex<T extends TableName>(table: T, column: ColumnOf<T>): number {
  const index = (TABLE_COLUMNS[table] as readonly string[]).indexOf(column);
  if (index < 0) throw new Error(`${table} has no column ${column}`);
  return index;
}

export const Role = {
  kepala: 0,
  istri: 1,
  suami: 2,
  anak: 3,
  menantu: 4,
  cucu: 5,
  orangTua: 6,
  familiLain: 7,
  lainnya: 8,
} as const;

export const Marital = { belumKawin: 0, kawin: 1, ceraiHidup: 2, ceraiMati: 3 } as const;

export const Education = { tidakSekolah: 0, sd: 1, smp: 2, sma: 3, diploma: 4, s1: 5, s2s3: 6 } as const;
