import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { INDICATORS } from '@/lib/indicators/catalogue';
import { expectNotFound, openPage, seriousAccessibilityViolations, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const DESKTOP = { viewport: { width: 1366, height: 900 } };
const GAMBIR = '31.71.01.1001';

type ValueRow = {
  code: string;
  name: string;
  value: number | null;
  denominator: number | null;
  suppressed: boolean;
};

async function values(query: string): Promise<ValueRow[]> {
  const response = await fetch(`${baseUrl}/api/v1/values?${query}`);
  return ((await response.json()) as { rows: ValueRow[] }).rows;
}

async function openProfile(path: string, options: BrowserContextOptions = DESKTOP) {
  const opened = await openPage(browser(), options);
  const response = await opened.page.goto(`${baseUrl}${path}`);
  await opened.page.locator('table[data-theme] tbody tr').first().waitFor();
  return { ...opened, response };
}

describe('the region profile', () => {
  it("shows a kelurahan's breadcrumb, coverage and freshness, and every indicator with n, rank and its parents", async () => {
    const { page, problems, close } = await openProfile(`/wilayah/${GAMBIR}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Gambir');
    const crumbs = page.getByRole('navigation', { name: 'Jalur wilayah' });
    expect(await crumbs.getByRole('link').allTextContents()).toEqual([
      'DKI Jakarta',
      'Jakarta Pusat',
      'Kec. Gambir',
    ]);
    expect(await crumbs.getByRole('link', { name: 'Kec. Gambir' }).getAttribute('href')).toBe(
      '/wilayah/31.71.01',
    );
    const facts = (await page.getByTestId('profile-facts').textContent()) ?? '';
    expect(facts).toContain('Cakupan pendataan');
    expect(facts).toMatch(/Pendataan terakhir\d{1,2} \w+ 20\d\d/);

    const rows = page.locator('table[data-theme] tbody tr');
    expect(await rows.count()).toBe(INDICATORS.length);
    const headings = await page.locator('table[data-theme="kesehatan_kb"] thead th').allTextContents();
    expect(headings).toEqual(
      expect.arrayContaining(['Peringkat di Jakarta Pusat', 'Kec. Gambir', 'DKI Jakarta']),
    );
    const [families] = (await values('indicator=families&level=village&parent=31.71.01')).filter(
      (row) => row.code === GAMBIR,
    );
    const familiesRow = page.locator('tr[data-indicator="families"]');
    expect(await familiesRow.locator('[data-value]').textContent()).toBe(
      new Intl.NumberFormat('id-ID').format(families?.value as number),
    );
    expect(await familiesRow.locator('[data-rank]').textContent()).toMatch(/^\d+ dari \d+$/);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('says why a withheld value is withheld and gives it no rank', async () => {
    let withheld: { indicator: string; code: string } | undefined;
    for (const indicator of ['p4k_sticker', 'paud_3_6', 'posyandu_under5', 'stunting_risk']) {
      const row = (await values(`indicator=${indicator}&level=village`)).find(
        (candidate) => candidate.suppressed,
      );
      if (row) {
        withheld = { indicator, code: row.code };
        break;
      }
    }
    if (!withheld) throw new Error('the e2e demo has no withheld value to show');
    const { page, problems, close } = await openProfile(`/wilayah/${withheld.code}`);
    const row = page.locator(`tr[data-indicator="${withheld.indicator}"]`);
    expect(await row.locator('[data-value]').textContent()).toBe('Ditekan');
    expect(await row.locator('[data-withheld]').textContent()).toMatch(
      /di bawah 10: ditekan agar tidak ada keluarga yang dapat dikenali/,
    );
    expect(await row.locator('[data-rank]').textContent()).toBe('–tidak ada');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('shows a kecamatan with its kelurahan on the map and in a table that sorts and leads to their profiles', async () => {
    const { page, problems, close } = await openProfile('/wilayah/31.71.01');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Gambir');
    await page.locator(`path[data-kode="${GAMBIR}"]`).first().waitFor();
    const table = page.getByTestId('children-table');
    // The table of kelurahan streams in on its own, apart from the map: read it once it is there.
    await table.locator('tbody tr').first().waitFor();
    const expected = await values('indicator=stunting_risk&level=village&parent=31.71.01');
    expect(
      (
        await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-kode')))
      ).sort(),
    ).toEqual(expected.map((row) => row.code).sort());
    await table.getByRole('button', { name: /Kelurahan/ }).click();
    await expect
      .poll(() => table.getByRole('columnheader', { name: /Kelurahan/ }).getAttribute('aria-sort'))
      .toBe('ascending');
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    await table.getByRole('link', { name: 'Gambir', exact: true }).click();
    await page.waitForURL(`${baseUrl}/wilayah/${GAMBIR}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Gambir');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('takes a kota code without dots to its profile, ranked among the six kota, with its kecamatan', async () => {
    const { page, problems, close } = await openProfile('/wilayah/3171');
    expect(new URL(page.url()).pathname).toBe('/wilayah/31.71');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Jakarta Pusat');
    expect(await page.locator('tr[data-indicator="safe_water"] [data-rank]').textContent()).toMatch(
      /^\d dari 6$/,
    );
    const districts = await values('indicator=stunting_risk&level=district&parent=31.71');
    await expect
      .poll(() => page.getByTestId('children-table').locator('tbody tr').count())
      .toBe(districts.length);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('shows the province without rank, with its kota in the trend and the table', async () => {
    const { page, problems, close } = await openProfile('/wilayah/31');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('DKI Jakarta');
    expect(await page.locator('[data-rank]').count()).toBe(0);
    await expect.poll(() => page.getByTestId('children-table').locator('tbody tr').count()).toBe(6);
    const lines = page.getByRole('list', { name: 'Garis pada grafik' }).getByRole('listitem');
    // The trend streams in on its own, apart from the table: read its legend once it is there.
    await lines.first().waitFor();
    const legend = await lines.allTextContents();
    expect(legend).toHaveLength(7);
    expect(legend[0]).toBe('DKI Jakarta');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('keeps the chosen indicator and periode in the URL, so that back returns to the previous view', async () => {
    const { page, problems, close } = await openProfile(`/wilayah/${GAMBIR}`);
    const trendTitle = () => page.locator('#tren h3').first().textContent();
    expect(await trendTitle()).toBe('Tren: Keluarga berisiko stunting');
    expect(await page.locator('#tren').getByRole('list', { name: 'Garis pada grafik' }).textContent()).toBe(
      'DKI JakartaKel. GambirKec. Gambir',
    );
    await page.getByRole('combobox', { name: /^Indikator/ }).selectOption('safe_water');
    await page.waitForURL(/indikator=safe_water/);
    await expect.poll(trendTitle).toBe('Tren: Air minum layak');
    await page
      .locator('tr[data-indicator="families"]')
      .getByRole('link', { name: /Tampilkan grafik tren/ })
      .click();
    await page.waitForURL(/indikator=families/);
    await expect.poll(trendTitle).toBe('Tren: Jumlah keluarga');
    await page.getByLabel('Periode', { exact: true }).selectOption('2025S2');
    await page.waitForURL(/periode=2025S2/);
    await expect
      .poll(() => page.locator('#profile-indicators-title').textContent())
      .toContain('Semester 2 2025');
    expect(new URL(page.url()).searchParams.get('indikator')).toBe('families');
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('periode'));
    await page.goBack();
    await page.waitForURL((url) => url.searchParams.get('indikator') === 'safe_water');
    await expect.poll(trendTitle).toBe('Tren: Air minum layak');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('answers an unknown region code or indicator with the not-found page', async () => {
    const { page, close } = await openPage(browser());
    for (const path of [
      '/wilayah/31.71.01.9999',
      '/wilayah/31.99',
      '/wilayah/gambir',
      '/wilayah/31?indikator=tidak_ada',
    ]) {
      await expectNotFound(page, `${baseUrl}${path}`);
    }
    await close();
  });

  it('fits a 375 px phone without sideways scrolling, its tables scrolling in their boxes', async () => {
    const { page, problems, close } = await openProfile('/wilayah/31.71.01', {
      viewport: { width: 375, height: 800 },
    });
    await page.getByTestId('children-table').waitFor();
    // The facts, trend and map stream in apart from the tables: measure once none is still loading.
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('speaks English when chosen, and has no serious or critical accessibility violation', async () => {
    const { page, close } = await openProfile('/wilayah/31.71.01', { ...DESKTOP, bypassCSP: true });
    await page.locator(`path[data-kode="${GAMBIR}"]`).first().waitFor();
    await page.getByTestId('children-table').waitFor();
    // The facts and the trend stream in apart from map and tables: scan once none is still loading.
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.locator('#profile-indicators-title').textContent())
      .toMatch(/^Every indicator/);
    expect(await page.locator('table[data-theme="demografi"] thead th').allTextContents()).toContain(
      'Rank in Jakarta Pusat',
    );
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect
      .poll(() => page.locator('#profile-indicators-title').textContent())
      .toMatch(/^Semua indikator/);
    await close();
  });
});
