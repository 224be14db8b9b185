import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkLoadedPage, expectNotFound, openPage, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const DESKTOP = { viewport: { width: 1366, height: 900 } };
const THREE = '/bandingkan?wilayah=31.71,31.71.01,3171011001';

type ValueRow = { code: string; value: number | null; suppressed: boolean };

/** A region's value of an indicator in the latest periode, as the API gives it. */
async function apiValue(indicator: string, level: string, code: string): Promise<ValueRow> {
  const response = await fetch(`${baseUrl}/api/v1/values?indicator=${indicator}&level=${level}`);
  const rows = ((await response.json()) as { rows: ValueRow[] }).rows;
  return rows.find((row) => row.code === code) as ValueRow;
}

/** The names of the regions heading the table's columns. */
const columns = (page: Page) => page.getByTestId('compare-table').locator('thead th a').allTextContents();

const wilayah = (page: Page) => new URL(page.url()).searchParams.get('wilayah');

describe('the comparison page', () => {
  it('sets three regions of different levels side by side and marks the best value of each row', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}${THREE}`);
    await page.getByTestId('compare-table').waitFor();
    expect(await columns(page)).toEqual(['Jakarta Pusat', 'Gambir', 'Gambir']);
    const rows = page.getByTestId('compare-table').locator('tbody tr[data-indicator]');
    expect(await rows.count()).toBe(30);

    // Safe water, higher is better: the marked cells are those reading the highest shown value.
    const shown = await Promise.all([
      apiValue('safe_water', 'city', '31.71'),
      apiValue('safe_water', 'district', '31.71.01'),
      apiValue('safe_water', 'village', '31.71.01.1001'),
    ]);
    const rounded = shown.map((row) => (row.value === null ? null : Number(row.value.toFixed(1))));
    const top = Math.max(...rounded.filter((value): value is number => value !== null));
    const allTie = rounded.every((value) => value === top);
    const expected = rounded.map((value) => !allTie && value === top);
    const marked = await page
      .locator('tr[data-indicator="safe_water"] td')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-best') === 'true'));
    expect(marked).toEqual(expected);
    const text = (await page.locator('tr[data-indicator="safe_water"]').textContent()) ?? '';
    if (expected.includes(true)) expect(text).toContain('terbaik');

    // A neutral indicator has no best value; a withheld value is never the best.
    expect(await page.locator('tr[data-indicator="population"] td[data-best]').count()).toBe(0);
    const withheld = await page
      .locator('td')
      .filter({ hasText: 'Ditekan' })
      .evaluateAll((cells) => cells.filter((cell) => cell.getAttribute('data-best') === 'true').length);
    expect(withheld).toBe(0);
    // The trend streams in on its own, after the table.
    await page.getByRole('heading', { name: 'Tren: Keluarga berisiko stunting' }).waitFor();
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('adds a region from the search box and removes one with its button, in the URL', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}${THREE}`);
    await page.getByLabel('Tambah wilayah').fill('Jakarta Selatan (kota)');
    await page.waitForURL((url) => url.searchParams.get('wilayah')?.endsWith(',31.74') === true);
    await expect.poll(() => columns(page)).toEqual(['Jakarta Pusat', 'Gambir', 'Gambir', 'Jakarta Selatan']);

    await page
      .getByRole('button', { name: 'Hapus Gambir (kecamatan, Jakarta Pusat) dari perbandingan' })
      .click();
    await page.waitForURL((url) => url.searchParams.get('wilayah') === '31.71,31.71.01.1001,31.74');
    await expect.poll(() => columns(page)).toEqual(['Jakarta Pusat', 'Gambir', 'Jakarta Selatan']);

    await page.getByRole('combobox', { name: 'Indikator' }).selectOption('safe_water');
    await page.waitForURL(/indikator=safe_water/);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Tren: Air minum layak' }).isVisible())
      .toBe(true);
    expect(wilayah(page)).toBe('31.71,31.71.01.1001,31.74');

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('indikator'));
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('wilayah')?.includes('31.71.01,') === true);
    await expect.poll(() => columns(page)).toEqual(['Jakarta Pusat', 'Gambir', 'Gambir', 'Jakarta Selatan']);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('explains an empty comparison and starts one from a suggestion', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/bandingkan`);
    await page.getByRole('heading', { name: 'Belum ada wilayah yang dipilih' }).waitFor();
    await page.getByRole('button', { name: /^Jakarta Pusat/ }).click();
    await page.waitForURL((url) => url.searchParams.get('wilayah') === '31.71');
    await page.getByTestId('compare-table').waitFor();
    expect(
      await page.getByText('Tambahkan sedikitnya satu wilayah lagi untuk membandingkan.').isVisible(),
    ).toBe(true);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('says when more than five regions are named, and answers an unknown code with the not-found page', async () => {
    const { page, close } = await openPage(browser());
    await page.goto(`${baseUrl}/bandingkan?wilayah=31,31.01,31.71,31.72,31.73,31.74,31.75`);
    await page.getByTestId('compare-table').waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Alamat ini menyebut 7');
    expect(await columns(page)).toHaveLength(5);
    expect(await page.getByLabel('Tambah wilayah').isDisabled()).toBe(true);
    for (const query of ['wilayah=31.71,31.99', 'wilayah=gambir', 'wilayah=31.71&indikator=tidak_ada']) {
      await expectNotFound(page, `${baseUrl}/bandingkan?${query}`);
    }
    await close();
  });

  it('fits a 375 px phone, the table scrolling in its box, and has no serious accessibility violation', async () => {
    const { page, problems, close } = await openPage(browser(), {
      viewport: { width: 375, height: 800 },
      bypassCSP: true,
    });
    for (const path of [THREE, '/bandingkan']) {
      const { overflow, violations } = await checkLoadedPage(page, `${baseUrl}${path}`);
      expect(overflow, path).toBeLessThanOrEqual(0);
      expect(violations, path).toEqual([]);
    }
    expect(problems.errors).toEqual([]);
    await close();
  });
});
