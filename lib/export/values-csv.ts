import type { ValuesBody } from '../api/values-table';
import { type Cell, type ValuesCells, valuesCells } from './values-columns';

export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

// Excel reads a CSV without a byte order mark in the machine's legacy code page and garbles names.
const BOM = '\uFEFF';
const RECORD_END = '\r\n';

/** One field under RFC 4180: quoted only when it holds a quote, a comma or a line break. */
export function csvField(cell: Cell): string {
  if (cell === null) return '';
  // String() keeps every digit of the unrounded value, with a dot whatever the server's locale.
  const text = typeof cell === 'number' ? String(cell) : cell;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Cells as a CSV file: header row, then one record per row, CRLF after every record. */
export function cellsCsv({ headers, rows }: Pick<ValuesCells, 'headers' | 'rows'>): string {
  const records = [headers, ...rows].map((record) => record.map(csvField).join(','));
  return BOM + records.join(RECORD_END) + RECORD_END;
}

/** The table as a CSV file: header row, then one row per region. */
export function valuesCsv(body: ValuesBody): string {
  return cellsCsv(valuesCells(body));
}
