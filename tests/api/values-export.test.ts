import type ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as getCsv } from '@/app/api/v1/values.csv/route';
import { GET as getXlsx } from '@/app/api/v1/values.xlsx/route';
import { syncRegions } from '@/lib/geo/sync-regions';
import { describeOnEachDatabase } from '../support/databases';
import { expectRefusedByBoth, fetchCsv, fetchWorkbook, fileNameOf } from '../support/downloads';
import { serveRoutesFrom } from '../support/route-database';
import { FIXTURE_SUBMISSION, importProcessed } from '../support/submissions';

const HEADER = [
  'indikator',
  'periode',
  'tingkat',
  'kode',
  'nama',
  'pembilang',
  'penyebut',
  'nilai',
  'ditekan',
];

const csv = (query: string) => fetchCsv(getCsv, `/api/v1/values.csv?${query}`);
const xlsx = (query: string) => fetchWorkbook(getXlsx, `/api/v1/values.xlsx?${query}`);

describeOnEachDatabase('the values downloads', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
    await importProcessed(database(), FIXTURE_SUBMISSION);
  });
  beforeEach(() => serveRoutesFrom(database()));

  describe('GET /api/v1/values.csv', () => {
    it('sends every kelurahan as a tidy row of a UTF-8 CSV with a byte order mark', async () => {
      const { response, text, rows } = await csv('indicator=families');
      expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
      expect(fileNameOf(response)).toBe('jumlah-keluarga_2025S1_kelurahan.csv');
      expect(text.startsWith(`\uFEFF${HEADER.join(',')}\r\n`)).toBe(true);
      expect(rows).toHaveLength(267);
      expect(rows.find((row) => row.kode === '31.71.01.1001')).toEqual({
        indikator: 'families',
        periode: '2025S1',
        tingkat: 'kelurahan',
        kode: '31.71.01.1001',
        nama: 'Gambir',
        pembilang: '2',
        penyebut: '',
        nilai: '2',
        ditekan: 'tidak',
      });
    });

    it('leaves numerator and value of a withheld kota empty and marks it ditekan', async () => {
      const { response, rows } = await csv('indicator=safe_water&period=2025S1&level=city');
      expect(fileNameOf(response)).toBe('air-minum-layak_2025S1_kota.csv');
      expect(rows.map((row) => row.kode)).toEqual(['31.01', '31.71', '31.72', '31.73', '31.74', '31.75']);
      expect(rows[1]).toMatchObject({
        tingkat: 'kota',
        pembilang: '',
        penyebut: '2',
        nilai: '',
        ditekan: 'ya',
      });
    });

    it('names the parent in the file name', async () => {
      const { response, rows } = await csv('indicator=population&level=kecamatan&parent=31.71');
      expect(fileNameOf(response)).toBe('jumlah-jiwa_2025S1_kecamatan_31.71.csv');
      expect(rows).toHaveLength(8);
    });
  });

  describe('GET /api/v1/values.xlsx', () => {
    it('sends the table as numbers on a first sheet and the notes on "Keterangan"', async () => {
      const { response, workbook } = await xlsx('indicator=families');
      expect(response.headers.get('Content-Type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(fileNameOf(response)).toBe('jumlah-keluarga_2025S1_kelurahan.xlsx');
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Data', 'Keterangan']);
      const [table] = workbook.worksheets as [ExcelJS.Worksheet];
      expect((table.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
      expect(table.rowCount).toBe(1 + 267);
      const gambir = table.getRows(2, 267)?.find((row) => row.getCell(4).value === '31.71.01.1001');
      expect(gambir?.getCell(6).value).toBe(2);
      expect(gambir?.getCell(8).value).toBe(2);
    });

    it('defines the indicator and states the suppression rule and the source', async () => {
      const { workbook } = await xlsx('indicator=safe_water&level=city');
      const [table, notes] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
      expect(table.rowCount).toBe(1 + 6);
      expect(table.getCell('I3').value).toBe('ya');
      const text = JSON.stringify(notes.getSheetValues());
      expect(text).toContain('PDAM');
      expect(text).toContain('di bawah 10 (MIN_DENOMINATOR)');
      expect(text).toContain('ditekan');
      expect(text).toContain('Data impor, impor terakhir');
      expect(text).toContain('Sumber: Data Dasawisma PKK Provinsi DKI Jakarta, diolah');
    });
  });

  it.each([
    ['indicator=families&level=rt', 400, 'level'],
    ['indicator=air', 404, 'indicator'],
    ['', 400, 'indicator'],
    ['indicator=families&compare=2025S1', 400, 'compare'],
    ['indicator=families&compare=2024S2', 404, 'compare'],
  ])('?%s answers JSON %i naming `%s`, as a CSV and as an XLSX', async (query, status, parameter) => {
    await expectRefusedByBoth(
      { '/api/v1/values.csv': getCsv, '/api/v1/values.xlsx': getXlsx },
      query,
      status,
      parameter,
    );
  });
});
