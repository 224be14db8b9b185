import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNotFound, openPage, seriousAccessibilityViolations, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const bareBaseUrl = inject('bareBaseUrl');
const browser = sharedBrowser();

const DESKTOP = { viewport: { width: 1366, height: 900 } };

async function openQuality(path = '/kualitas-data', options: BrowserContextOptions = DESKTOP) {
  const opened = await openPage(browser(), options);
  await opened.page.goto(`${baseUrl}${path}`);
  await opened.page.getByTestId('quality-table').waitFor();
  return opened;
}

/** A number as the page writes it in Indonesian (`1.234`, `86,1%`), or null for a word (`Ditekan`). */
const numberIn = (text: string): number | null => {
  const digits = text.replace(/[.%\s]/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(digits) ? Number(digits) : null;
};

const tableRows = (page: Page) => page.getByTestId('quality-table').locator('tbody tr');

/** The coverage column of the kelurahan table as numbers, top to bottom (null where withheld or missing). */
const coverageColumn = async (page: Page) =>
  (await tableRows(page).locator('td:nth-child(2)').allTextContents()).map(numberIn);

type Village = { code: string; value: number | null; suppressed: boolean };

async function coverageValues(): Promise<Village[]> {
  const response = await fetch(`${baseUrl}/api/v1/values?indicator=coverage&level=village`);
  return ((await response.json()) as { rows: Village[] }).rows;
}

describe('the data-quality page', () => {
  it('sums up the periode, maps the coverage of all 267 kelurahan and lists them, the ones to chase first', async () => {
    const { page, problems, close } = await openQuality();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Kualitas data, Semester 2 2026 (Jul–Des)');
    expect(await page.getByTestId('tile-coverage').textContent()).toMatch(/^\d+,\d%$/);
    expect(await page.getByTestId('tile-to-visit').textContent()).toMatch(/^\d+$/);
    await page.locator('path[data-kode]').nth(266).waitFor();
    expect(await page.getByTestId('map-legend').textContent()).toContain('Kuantil, 5 kelas');

    expect(await tableRows(page).count()).toBe(267);
    const status = page.getByTestId('quality-table').getByRole('columnheader', { name: /Status/ });
    expect(await status.getAttribute('aria-sort')).toBe('ascending');
    // Within the same status, the lowest coverage first; withheld and missing values last.
    const firstStatus = await tableRows(page).first().getAttribute('data-freshness');
    const sameStatus = await tableRows(page).evaluateAll(
      (rows, freshness) => rows.filter((row) => row.getAttribute('data-freshness') === freshness).length,
      firstStatus,
    );
    const shown = (await coverageColumn(page)).slice(0, sameStatus).filter((value) => value !== null);
    expect(shown).toEqual([...shown].sort((a, b) => (a as number) - (b as number)));

    // The table shows exactly what the API shows, withheld values as withheld.
    const api = await coverageValues();
    const withheld = api.find((row) => row.suppressed);
    if (withheld)
      expect(
        await page
          .locator(`[data-testid="quality-table"] tr[data-kode="${withheld.code}"] td`)
          .first()
          .textContent(),
      ).toBe('Ditekan');
    expect(await page.getByTestId('quality-table').locator('..').textContent()).toContain(
      'ditahan agar tidak ada keluarga yang dapat dikenali',
    );
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('sorts by every column it is asked to, both ways', async () => {
    const { page, problems, close } = await openQuality();
    const coverage = page.getByTestId('quality-table').getByRole('columnheader', { name: /Cakupan/ });
    await coverage.getByRole('button').click();
    await expect.poll(() => coverage.getAttribute('aria-sort')).toBe('ascending');
    const rising = (await coverageColumn(page)).filter((value) => value !== null) as number[];
    expect(rising).toEqual([...rising].sort((a, b) => a - b));
    await coverage.getByRole('button').click();
    await expect.poll(() => coverage.getAttribute('aria-sort')).toBe('descending');
    const falling = (await coverageColumn(page)).filter((value) => value !== null) as number[];
    expect(falling).toEqual([...rising].sort((a, b) => b - a));

    const name = page.getByTestId('quality-table').getByRole('columnheader', { name: /Kelurahan/ });
    await name.getByRole('button').press('Enter');
    await expect.poll(() => name.getAttribute('aria-sort')).toBe('ascending');
    const names = await tableRows(page).locator('th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('narrows map and table to a kota through the URL, and the back button undoes it', async () => {
    const { page, problems, close } = await openQuality();
    await page.getByRole('combobox', { name: 'Wilayah' }).selectOption('31.71');
    await page.waitForURL(/wilayah=31\.71/);
    const regions = await fetch(`${baseUrl}/api/v1/regions?level=village&parent=31.71`);
    const inPusat = ((await regions.json()) as { rows: unknown[] }).rows.length;
    await expect.poll(() => tableRows(page).count()).toBe(inPusat);
    const cities = await tableRows(page).locator('td:last-child').allTextContents();
    expect(new Set(cities)).toEqual(new Set(['Jakarta Pusat']));
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('wilayah'));
    await expect.poll(() => tableRows(page).count()).toBe(267);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it("counts the periode's rejected rows by reason and by import, and lists the imports", async () => {
    const { page, problems, close } = await openQuality('/kualitas-data?periode=2025S1');
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Kualitas data, Semester 1 2025 (Jan–Jun)');
    const tile = numberIn((await page.getByTestId('tile-rejected').textContent()) ?? '') as number;
    if (tile > 0) {
      const reasons = page.getByTestId('rejections-by-reason').locator('[data-rows]');
      // The rejections stream in on their own, apart from the tiles: read them once they are there.
      await reasons.first().waitFor();
      const counts = await reasons.evaluateAll((cells) =>
        cells.map((cell) => Number(cell.getAttribute('data-rows'))),
      );
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(tile);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    } else {
      expect(await page.getByTestId('rejections-empty').textContent()).toContain(
        'Tidak ada baris yang ditolak',
      );
    }
    const history = page.getByTestId('import-history').locator('tbody tr');
    // The history of imports streams in on its own as well.
    await history.first().waitFor();
    expect(await history.count()).toBe(1);
    expect(await history.first().getAttribute('data-status')).toBe('processed');
    expect(await history.first().textContent()).toContain('Sintetis');
    expect(await history.first().textContent()).toMatch(/SHA-256 [0-9a-f]{12}…/);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('says there is nothing to assess yet on a database without imports', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    const response = await page.goto(`${bareBaseUrl}/kualitas-data`);
    expect(response?.status()).toBe(200);
    await expect.poll(() => page.getByTestId('quality-no-data').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('history-empty').textContent()).toContain('Belum ada impor');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('speaks English when the reader chose it', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.context().addCookies([{ name: 'bahasa', value: 'en', url: baseUrl }]);
    await page.goto(`${baseUrl}/kualitas-data?periode=2026S1`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Data quality, 1st half 2026 (Jan–Jun)');
    await expect.poll(() => page.getByRole('heading', { name: 'Import history' }).isVisible()).toBe(true);
    expect(await page.getByTestId('tile-coverage').textContent()).toMatch(/^\d+\.\d%$/);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('fits a 375 px phone without sideways scrolling, and has no serious accessibility violation', async () => {
    const { page, problems, close } = await openQuality('/kualitas-data', {
      viewport: { width: 375, height: 800 },
      bypassCSP: true,
    });
    await page.locator('path[data-kode]').nth(266).waitFor();
    // The tiles, rejections and history stream in apart from map and table: check once none is still loading.
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('answers an unknown periode or region in the URL with the not-found page', async () => {
    const { page, close } = await openPage(browser());
    for (const query of ['periode=2030S1', 'wilayah=31.99', 'wilayah=31.71.01']) {
      await expectNotFound(page, `${baseUrl}/kualitas-data?${query}`);
    }
    await close();
  });
});
