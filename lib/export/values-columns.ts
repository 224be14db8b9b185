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

/** What every table of values a file holds says about itself: its periode and the one it is compared with. */
export type PeriodBody = { period: string; compare?: string };

export type Column<Row, Body> = { header: string; kind: ColumnKind; cell: (row: Row, body: Body) => Cell };

export const PERIOD_COLUMN: Column<ValueRow, PeriodBody> = {
  header: 'periode',
  kind: 'text',
  cell: (_, body) => body.period,
};

/** The region and its figures, the same in every file of values. */
export const REGION_VALUE_COLUMNS: Column<ValueRow, PeriodBody>[] = [
  { header: 'kode', kind: 'text', cell: (row) => row.code },
  { header: 'nama', kind: 'text', cell: (row) => row.name },
  { header: 'pembilang', kind: 'count', cell: (row) => row.numerator },
  { header: 'penyebut', kind: 'count', cell: (row) => row.denominator },
  { header: 'nilai', kind: 'value', cell: (row) => row.value },
  { header: 'ditekan', kind: 'text', cell: (row) => (row.suppressed ? 'ya' : 'tidak') },
];

const COMPARE_COLUMNS: Column<ValueRow, PeriodBody>[] = [
  { header: 'periode_banding', kind: 'text', cell: (_, body) => body.compare ?? null },
  // A suppressed row has no `change` at all, a row without an earlier value a null: both are empty.
  { header: 'perubahan', kind: 'change', cell: (row) => row.change ?? null },
];

// Every row repeats the indicator and periode so that files of several downloads stack into one tidy table.
const COLUMNS: Column<ValueRow, ValuesBody>[] = [
  { header: 'indikator', kind: 'text', cell: (_, body) => body.indicator },
  PERIOD_COLUMN,
  { header: 'tingkat', kind: 'text', cell: (_, body) => LEVEL_NAMES[body.level] },
  ...REGION_VALUE_COLUMNS,
];

export type ValuesCells = {
  headers: string[];
  kinds: ColumnKind[];
  rows: Cell[][];
};

/** A table of values as the cells of a file, the same for CSV and XLSX; the change columns with `compare`. */
export function tableCells<Row extends ValueRow, Body extends PeriodBody & { rows: Row[] }>(
  columns: Column<Row, Body>[],
  body: Body,
): ValuesCells {
  const all = body.compare === undefined ? columns : [...columns, ...COMPARE_COLUMNS];
  return {
    headers: all.map((column) => column.header),
    kinds: all.map((column) => column.kind),
    rows: body.rows.map((row) => all.map((column) => column.cell(row, body))),
  };
}

/** The table of `/api/v1/values` as the cells of a file. */
export function valuesCells(body: ValuesBody): ValuesCells {
  return tableCells(COLUMNS, body);
}
