import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { sampleValuesTable } from './values-table.fixture';
import { NOTES_SHEET, TABLE_SHEET, valuesXlsx } from './values-xlsx';

const MADE_AT = new Date('2026-07-03T05:06:00Z');

async function reopen(compare: boolean): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await valuesXlsx(sampleValuesTable({ compare }), MADE_AT);
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return (sheet.getRow(row).values as unknown[]).slice(1);
}

describe('valuesXlsx', () => {
  it('puts the table first, with a bold frozen Indonesian header', async () => {
    const workbook = await reopen(false);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([TABLE_SHEET, NOTES_SHEET]);
    const sheet = workbook.getWorksheet(TABLE_SHEET) as ExcelJS.Worksheet;
    expect(rowValues(sheet, 1)).toEqual([
      'indikator',
      'periode',
      'tingkat',
      'kode',
      'nama',
      'pembilang',
      'penyebut',
      'nilai',
      'ditekan',
    ]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getColumn(5).width).toBeGreaterThanOrEqual('Kampung "Baru", Utara'.length);
  });

  it('keeps numbers as numbers, unrounded, and withheld or missing ones as empty cells', async () => {
    const sheet = (await reopen(false)).getWorksheet(TABLE_SHEET) as ExcelJS.Worksheet;
    expect(rowValues(sheet, 2).slice(3)).toEqual(['31.71.01.1001', 'Gambir', 20, 30, 200 / 3, 'tidak']);
    expect(sheet.getCell('H2').numFmt).toBe('#,##0.00');
    expect(sheet.getCell('F3').value).toBeNull();
    expect(sheet.getCell('H3').value).toBeNull();
    expect(sheet.getCell('I3').value).toBe('ya');
  });

  it('adds the compare periode and the change as a signed number when compare is given', async () => {
    const sheet = (await reopen(true)).getWorksheet(TABLE_SHEET) as ExcelJS.Worksheet;
    expect(rowValues(sheet, 1).slice(-2)).toEqual(['periode_banding', 'perubahan']);
    expect(sheet.getCell('J2').value).toBe('2025S1');
    expect(sheet.getCell('K2').value).toBe(-1.25);
    expect(sheet.getCell('K2').numFmt).toContain('+');
    expect(sheet.getCell('K3').value).toBeNull();
  });

  it('says on "Keterangan" what the indicator is and what was withheld', async () => {
    const sheet = (await reopen(false)).getWorksheet(NOTES_SHEET) as ExcelJS.Worksheet;
    const text = JSON.stringify(sheet.getSheetValues());
    expect(text).toContain('Air minum layak');
    expect(text).toContain('Safe drinking water');
    expect(text).toContain('PDAM');
    expect(text).toContain('di bawah 10 (MIN_DENOMINATOR)');
    expect(text).toContain('Sumber: Data Dasawisma PKK Provinsi DKI Jakarta, diolah');
  });
});
