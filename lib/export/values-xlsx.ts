import ExcelJS from 'exceljs';
import type { ValuesTable } from '../api/values-table';
import { type Cell, type ColumnKind, type ValuesCells, valuesCells } from './values-columns';
import { type Note, valuesNotes } from './values-notes';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const TABLE_SHEET = 'Data';
export const NOTES_SHEET = 'Keterangan';

// The cells keep the unrounded value; only what Excel shows is rounded. Codes and names are text.
const NUMBER_FORMATS: Record<ColumnKind, string | undefined> = {
  text: undefined,
  count: '#,##0',
  value: '#,##0.00',
  change: '+#,##0.00;-#,##0.00;0.00',
};
const NUMBER_WIDTH = 12;
const MAX_TEXT_WIDTH = 48;

function textWidth(header: string, rows: Cell[][], index: number): number {
  const longest = Math.max(header.length, ...rows.map((row) => String(row[index] ?? '').length));
  return Math.min(longest + 2, MAX_TEXT_WIDTH);
}

/** What a workbook of values holds: the cells, which rows hold a count, and the notes. */
export type WorkbookContent = {
  cells: ValuesCells;
  /** A count's value is the count itself: shown whole, like the numerator. */
  isCountRow: (index: number) => boolean;
  notes: Note[];
};

function addTableSheet(workbook: ExcelJS.Workbook, { cells, isCountRow }: WorkbookContent): void {
  const { headers, kinds, rows } = cells;
  const sheet = workbook.addWorksheet(TABLE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header, index) => {
    const numFmt = NUMBER_FORMATS[kinds[index] as ColumnKind];
    const width = kinds[index] === 'text' ? textWidth(header, rows, index) : NUMBER_WIDTH;
    return { header, width, ...(numFmt ? { style: { numFmt } } : {}) };
  });
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows);
  const valueColumn = kinds.indexOf('value') + 1;
  rows.forEach((_, index) => {
    if (valueColumn > 0 && isCountRow(index))
      sheet.getCell(index + 2, valueColumn).numFmt = NUMBER_FORMATS.count as string;
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: headers.length } };
}

function addNotesSheet(workbook: ExcelJS.Workbook, notes: Note[]): void {
  const sheet = workbook.addWorksheet(NOTES_SHEET);
  const wrapped = { alignment: { wrapText: true, vertical: 'top' } } as const;
  sheet.columns = [
    { header: 'Keterangan', width: 32, style: wrapped },
    { header: 'Bahasa Indonesia', width: 64, style: wrapped },
    { header: 'English', width: 64, style: wrapped },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const note of notes) sheet.addRow([note.label, note.id, note.en ?? null]);
}

/** The table on a first sheet, and on "Keterangan" what it is, where it comes from and what was withheld. */
export function contentWorkbook(content: WorkbookContent, madeAt: Date): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Jendela Keluarga';
  workbook.created = madeAt;
  addTableSheet(workbook, content);
  addNotesSheet(workbook, content.notes);
  return workbook;
}

export function valuesWorkbook(table: ValuesTable, madeAt: Date): ExcelJS.Workbook {
  const isCount = table.indicator.kind === 'count';
  return contentWorkbook(
    { cells: valuesCells(table.body), isCountRow: () => isCount, notes: valuesNotes(table, madeAt) },
    madeAt,
  );
}

/** A workbook as the bytes of a response. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  // exceljs types its Node Buffer as an ArrayBuffer; copied into a plain Uint8Array, a Response takes it.
  const buffer: unknown = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as Uint8Array);
}

export async function valuesXlsx(table: ValuesTable, madeAt: Date): Promise<Uint8Array<ArrayBuffer>> {
  return workbookBytes(valuesWorkbook(table, madeAt));
}
