import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const DESKTOP = { viewport: { width: 1366, height: 900 } };

/** Clicks a download link as a reader does and returns the saved file with the name the server gave it. */
async function download(page: Page, link: Locator): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

async function openWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return workbook;
}

const tableCodes = (table: Locator) =>
  table.locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kode')));

describe('the downloads of the tables', () => {
  it('gives the map table of a kota as a CSV with exactly the rows the table shows', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/peta?tampilan=tabel&wilayah=31.71`);
    const table = page.getByTestId('area-table');
    await table.waitFor();
    const shown = await tableCodes(table);
    expect(shown.length).toBeGreaterThan(0);
    const { name, bytes } = await download(
      page,
      page.getByRole('link', { name: 'Unduh CSV: Nilai per kelurahan' }),
    );
    expect(name).toMatch(/^[a-z0-9-]+_\d{4}S[12]_kelurahan_31\.71(_banding-\d{4}S[12])?_sintetis\.csv$/);
    const rows: Record<string, string>[] = parse(bytes, { bom: true, columns: true });
    expect(rows).toHaveLength(shown.length);
    expect(rows.map((row) => row.kode).sort()).toEqual([...shown].sort());
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('gives the comparison as a workbook with the data and "Keterangan" sheets', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/bandingkan?wilayah=31.71,3171011001`);
    await page.getByTestId('compare-table').waitFor();
    const links = page.getByTestId('table-downloads');
    const { name, bytes } = await download(
      page,
      links.getByRole('link', { name: /^Unduh XLSX: Semua indikator/ }),
    );
    expect(name).toMatch(/^indikator-wilayah_31\.71-31\.71\.01\.1001_\d{4}S[12]_sintetis\.xlsx$/);
    const workbook = await openWorkbook(bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Data', 'Keterangan']);
    expect(workbook.worksheets[0]?.rowCount).toBe(1 + 2 * 30);
    expect(JSON.stringify(workbook.worksheets[1]?.getSheetValues())).toContain('Data sintetis (demo)');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it("gives a kota's profile: every indicator as a workbook, its kecamatan as a CSV like its table", async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/wilayah/31.71`);
    const children = page.getByTestId('children-table');
    await children.waitFor();
    const indicators = await download(page, page.getByRole('link', { name: /^Unduh XLSX: Semua indikator/ }));
    expect((await openWorkbook(indicators.bytes)).worksheets[0]?.rowCount).toBe(1 + 30);
    const shown = await tableCodes(children);
    const csv = await download(page, page.getByRole('link', { name: /^Unduh CSV: Kecamatan/ }));
    const rows: Record<string, string>[] = parse(csv.bytes, { bom: true, columns: true });
    expect(rows.map((row) => row.kode).sort()).toEqual([...shown].sort());
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('puts one pair of links on the tables of the other pages, each answering with a file', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    for (const path of ['/', '/indikator', '/indikator/safe_water', '/kualitas-data?wilayah=31.72']) {
      await page.goto(`${baseUrl}${path}`);
      const links = page.getByTestId('table-downloads');
      await links.first().waitFor();
      // Every widget streams in on its own: count the links once none is still loading.
      await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
      expect(await links.count(), path).toBe(1);
      const hrefs = await links
        .locator('a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
      expect(hrefs, path).toHaveLength(2);
      for (const href of hrefs) {
        const response = await fetch(`${baseUrl}${href}`);
        expect(response.status, href ?? '').toBe(200);
        expect(response.headers.get('Content-Disposition'), href ?? '').toMatch(/^attachment; filename="/);
      }
    }
    expect(problems.errors).toEqual([]);
    await close();
  });
});
