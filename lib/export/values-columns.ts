import type { ValueRow, ValuesBody } from '../api/values-table';
import type { RegionLevel } from '../geo/region-codes';

/** Levels as the files name them: Indonesian is the product's first language (file names, `tingkat`). */
export const LEVEL_NAMES: Record<RegionLevel, string> = {
  province: 'provinsi',
  city: 'kota',
  district: 'kecamatan',
  village: 'kelurahan',
};

/** What a cell holds; null is an empty cell, never a zero. */
export type Cell = string | number | null;

/** How a spreadsheet shows a column: counts whole, values and changes with decimals, the rest as text. */
export type ColumnKind = 'text' | 'count' | 'value' | 'change';

type Column = { header: string; kind: ColumnKind; cell: (row: ValueRow, body: ValuesBody) => Cell };

// Every row repeats the indicator and periode so that files of several downloads stack into one tidy table.
const COLUMNS: Column[] = [
  { header: 'indikator', kind: 'text', cell: (_, body) => body.indicator },
  { header: 'periode', kind: 'text', cell: (_, body) => body.period },
  { header: 'tingkat', kind: 'text', cell: (_, body) => LEVEL_NAMES[body.level] },
  { header: 'kode', kind: 'text', cell: (row) => row.code },
  { header: 'nama', kind: 'text', cell: (row) => row.name },
  { header: 'pembilang', kind: 'count', cell: (row) => row.numerator },
  { header: 'penyebut', kind: 'count', cell: (row) => row.denominator },
  { header: 'nilai', kind: 'value', cell: (row) => row.value },
  { header: 'ditekan', kind: 'text', cell: (row) => (row.suppressed ? 'ya' : 'tidak') },
];

const COMPARE_COLUMNS: Column[] = [
  { header: 'periode_banding', kind: 'text', cell: (_, body) => body.compare ?? null },
  // A suppressed row has no `change` at all, a row without an earlier value a null: both are empty.
  { header: 'perubahan', kind: 'change', cell: (row) => row.change ?? null },
];

export type ValuesCells = {
  headers: string[];
  kinds: ColumnKind[];
  rows: Cell[][];
};

/** The table of `/api/v1/values` as the cells of a file, the same for CSV and XLSX. */
export function valuesCells(body: ValuesBody): ValuesCells {
  const columns = body.compare === undefined ? COLUMNS : [...COLUMNS, ...COMPARE_COLUMNS];
  return {
    headers: columns.map((column) => column.header),
    kinds: columns.map((column) => column.kind),
    rows: body.rows.map((row) => columns.map((column) => column.cell(row, body))),
  };
}
