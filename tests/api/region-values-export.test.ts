/**
 * GET /api/v1/region-values.csv and .xlsx: every indicator of the catalogue for one to five regions, on the
 * hand-made fixture of tests/fixtures/indicators (2025S1 and 2025S2, described in tests/db/indicator-values.test.ts).
 */
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as getCsv } from '@/app/api/v1/region-values.csv/route';
import { GET as getXlsx } from '@/app/api/v1/region-values.xlsx/route';
import { syncRegions } from '@/lib/geo/sync-regions';
import { INDICATORS } from '@/lib/indicators/catalogue';
import { describeOnEachDatabase } from '../support/databases';
import { type CsvRow, expectRefusedByBoth, fetchCsv, fetchWorkbook, fileNameOf } from '../support/downloads';
import { FIXTURES } from '../support/paths';
import { serveRoutesFrom } from '../support/route-database';
import { importProcessed } from '../support/submissions';

const GAMBIR = '31.71.01.1001';
const HEADER = [
  'indikator',
  'nama_indikator',
  'tema',
  'satuan',
  'periode',
  'tingkat',
  'kode',
  'nama',
  'pembilang',
  'penyebut',
  'nilai',
  'ditekan',
];

const rowOf = (rows: CsvRow[], indicator: string, code: string) =>
  rows.find((row) => row.indikator === indicator && row.kode === code);

const csv = (query: string) => fetchCsv(getCsv, `/api/v1/region-values.csv?${query}`);
const xlsx = (query: string) => fetchWorkbook(getXlsx, `/api/v1/region-values.xlsx?${query}`);

describeOnEachDatabase('the downloads of every indicator for some regions', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
    for (const period of ['2025S1', '2025S2'])
      await importProcessed(database(), path.join(FIXTURES, 'indicators', period));
  });
  beforeEach(() => serveRoutesFrom(database()));

  describe('GET /api/v1/region-values.csv', () => {
    it('sends one row per indicator and region, by theme, with the regions side by side', async () => {
      const { response, text, rows } = await csv(`region=31.71,3174,${GAMBIR}&period=2025S1`);
      expect(response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
      expect(fileNameOf(response)).toBe(`indikator-wilayah_31.71-31.74-${GAMBIR}_2025S1.csv`);
      expect(text.startsWith(`\uFEFF${HEADER.join(',')}\r\n`)).toBe(true);
      expect(INDICATORS).toHaveLength(30);
      expect(rows).toHaveLength(3 * 30);
      expect(rows.slice(0, 3).map((row) => [row.indikator, row.kode, row.tingkat])).toEqual([
        ['families', '31.71', 'kota'],
        ['families', '31.74', 'kota'],
        ['families', GAMBIR, 'kelurahan'],
      ]);
      expect(new Set(rows.map((row) => row.indikator)).size).toBe(30);
      expect(rowOf(rows, 'safe_water', GAMBIR)).toEqual({
        indikator: 'safe_water',
        nama_indikator: 'Air minum layak',
        tema: 'lingkungan_hunian',
        satuan: '%',
        periode: '2025S1',
        tingkat: 'kelurahan',
        kode: GAMBIR,
        nama: 'Gambir',
        pembilang: '9',
        penyebut: '12',
        nilai: '75',
        ditekan: 'tidak',
      });
    });

    it('leaves a withheld value empty and marks it ditekan', async () => {
      const { rows } = await csv('region=31.74&period=2025S1');
      // Tebet Timur's 3 families are all of Jakarta Selatan: 3 of 3 is below MIN_DENOMINATOR.
      expect(rowOf(rows, 'safe_water', '31.74')).toMatchObject({
        pembilang: '',
        penyebut: '3',
        nilai: '',
        ditekan: 'ya',
      });
      // Counts are never withheld.
      expect(rowOf(rows, 'families', '31.74')).toMatchObject({
        pembilang: '3',
        nilai: '3',
        ditekan: 'tidak',
      });
    });

    it('adds the compare periode and the unrounded change, empty on a withheld row', async () => {
      const { response, rows } = await csv(`region=${GAMBIR},31.74&compare=2025S1`);
      expect(fileNameOf(response)).toBe(`indikator-wilayah_${GAMBIR}-31.74_2025S2_banding-2025S1.csv`);
      expect(Object.keys(rows[0] ?? {}).slice(-2)).toEqual(['periode_banding', 'perubahan']);
      const gambir = rowOf(rows, 'safe_water', GAMBIR);
      expect(gambir?.periode).toBe('2025S2');
      expect(gambir?.periode_banding).toBe('2025S1');
      expect(Number(gambir?.perubahan)).toBeCloseTo((12 / 13) * 100 - 75, 10);
      expect(rowOf(rows, 'safe_water', '31.74')).toMatchObject({ nilai: '', ditekan: 'ya', perubahan: '' });
    });
  });

  describe('GET /api/v1/region-values.xlsx', () => {
    it('sends the rows on "Data" and the filters, source and suppression rule on "Keterangan"', async () => {
      const { response, workbook } = await xlsx(`region=31,${GAMBIR}&period=2025S1`);
      expect(fileNameOf(response)).toBe(`indikator-wilayah_31-${GAMBIR}_2025S1.xlsx`);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Data', 'Keterangan']);
      const [table, notes] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
      expect((table.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
      expect(table.rowCount).toBe(1 + 2 * 30);
      const safeWater = table
        .getRows(2, 60)
        ?.find((row) => row.getCell(1).value === 'safe_water' && row.getCell(7).value === GAMBIR);
      expect(safeWater?.getCell(11).value).toBe(75);
      const text = JSON.stringify(notes.getSheetValues());
      expect(text).toContain('Filter: wilayah (region)');
      expect(text).toContain(`31 DKI Jakarta (provinsi); ${GAMBIR} Gambir (kelurahan)`);
      expect(text).toContain('Filter: periode (period)');
      expect(text).toContain('60 baris (2 wilayah × 30 indikator)');
      expect(text).toContain('di bawah 10 (MIN_DENOMINATOR)');
      expect(text).toContain('Data impor, impor terakhir');
    });

    it('keeps a withheld value out of the workbook too', async () => {
      const { workbook } = await xlsx('region=31.74&period=2025S1');
      const [table] = workbook.worksheets as [ExcelJS.Worksheet];
      const safeWater = table.getRows(2, 30)?.find((row) => row.getCell(1).value === 'safe_water');
      expect(safeWater?.getCell(9).value).toBeNull();
      expect(safeWater?.getCell(10).value).toBe(3);
      expect(safeWater?.getCell(11).value).toBeNull();
      expect(safeWater?.getCell(12).value).toBe('ya');
    });
  });

  it.each([
    ['', 400, 'region'],
    ['region=31.71.1', 400, 'region'],
    ['region=31,31.71,31.72,31.73,31.74,31.75', 400, 'region'],
    ['region=31.79', 404, 'region'],
    ['region=31&period=2025-1', 400, 'period'],
    ['region=31&period=2024S1', 404, 'period'],
    ['region=31&compare=2025S2', 400, 'compare'],
  ])('?%s answers JSON %i naming `%s`, as a CSV and as an XLSX', async (query, status, parameter) => {
    await expectRefusedByBoth(
      { '/api/v1/region-values.csv': getCsv, '/api/v1/region-values.xlsx': getXlsx },
      query,
      status,
      parameter,
    );
  });
});
