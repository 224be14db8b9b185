import type { RegionValueRow, RegionValuesBody } from '../api/region-values-table';
import {
  type Column,
  LEVEL_NAMES,
  PERIOD_COLUMN,
  REGION_VALUE_COLUMNS,
  tableCells,
  type ValuesCells,
} from './values-columns';

// The columns of the values file, with the indicator named on every row since each row holds another one.
const COLUMNS: Column<RegionValueRow, RegionValuesBody>[] = [
  { header: 'indikator', kind: 'text', cell: (row) => row.indicator.id },
  { header: 'nama_indikator', kind: 'text', cell: (row) => row.indicator.name.id },
  { header: 'tema', kind: 'text', cell: (row) => row.indicator.theme },
  { header: 'satuan', kind: 'text', cell: (row) => row.indicator.unit.id },
  PERIOD_COLUMN,
  { header: 'tingkat', kind: 'text', cell: (row) => LEVEL_NAMES[row.level] },
  ...REGION_VALUE_COLUMNS,
];

/** Every indicator of the regions as the cells of a file, the same for CSV and XLSX. */
export function regionValuesCells(body: RegionValuesBody): ValuesCells {
  return tableCells(COLUMNS, body);
}
