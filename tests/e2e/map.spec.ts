import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { expectNotFound, openPage, seriousAccessibilityViolations, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const DESKTOP = { viewport: { width: 1366, height: 900 } };
const GAMBIR = '31.71.01.1001';

async function openMap(path = '/peta', options: BrowserContextOptions = DESKTOP) {
  const opened = await openPage(browser(), options);
  await opened.page.goto(`${baseUrl}${path}`);
  await opened.page.locator('path[data-kode]').nth(266).waitFor();
  return opened;
}

/** The fill of every kelurahan on the main map, by code. */
const fills = (page: Page) =>
  page
    .locator('.leaflet-container:not(figure *) path[data-kode]')
    .evaluateAll((paths) =>
      Object.fromEntries(paths.map((p) => [p.getAttribute('data-kode'), p.getAttribute('fill')])),
    );

type VillageValue = { code: string; name: string; value: number | null; suppressed: boolean };

/** The kelurahan values the map shows by default, as the API gives them. */
async function villageValues(indicator = 'stunting_risk'): Promise<VillageValue[]> {
  const response = await fetch(`${baseUrl}/api/v1/values?indicator=${indicator}&level=village`);
  return ((await response.json()) as { rows: VillageValue[] }).rows;
}

/** A kelurahan of the mainland whose stunting-risk value is shown (the demo is small: many are withheld). */
async function shownKelurahan(): Promise<VillageValue> {
  const row = (await villageValues()).find(
    (candidate) => candidate.value !== null && !candidate.code.startsWith('31.01.'),
  );
  if (!row) throw new Error('the e2e demo has no shown stunting-risk value');
  return row;
}

const legendText = async (page: Page) => (await page.getByTestId('map-legend').textContent()) ?? '';

/** How many kelurahan the legend counts over all its classes. */
const legendTotal = (page: Page) =>
  page
    .locator('[data-testid="map-legend"] [data-legend-count]')
    .evaluateAll((rows) => rows.reduce((sum, row) => sum + Number(row.getAttribute('data-legend-count')), 0));

describe('the map page', () => {
  it('colours all 267 kelurahan by class and counts every one of them in the legend', async () => {
    const { page, problems, close } = await openMap();
    const colours = await fills(page);
    expect(Object.keys(colours)).toHaveLength(267);
    expect(new Set(Object.values(colours)).size).toBeGreaterThanOrEqual(5);
    expect(await legendTotal(page)).toBe(267);
    const legend = await legendText(page);
    expect(legend).toContain('Kuantil, 5 kelas');
    expect(legend).toContain('Ditekan (n < 10)');
    expect(legend).toContain('Tidak ada data');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('changes indicator, periode, comparison and classification through the URL, legend and colours', async () => {
    const { page, problems, close } = await openMap();
    const before = { colours: await fills(page), legend: await legendText(page) };

    await page.getByRole('combobox', { name: 'Tema' }).selectOption('lingkungan_hunian');
    await page.waitForURL(/tema=lingkungan_hunian/);
    await page.getByRole('combobox', { name: 'Indikator' }).selectOption('proper_latrine');
    await page.waitForURL(/indikator=proper_latrine/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Jamban layak/);
    await expect.poll(() => legendText(page)).not.toBe(before.legend);
    await expect.poll(async () => JSON.stringify(await fills(page))).not.toBe(JSON.stringify(before.colours));

    const latest = await legendText(page);
    await page.getByLabel('Periode', { exact: true }).selectOption('2025S1');
    await page.waitForURL(/periode=2025S1/);
    await expect.poll(() => legendText(page)).not.toBe(latest);

    await page.getByRole('combobox', { name: 'Bandingkan dengan' }).selectOption('2024S1');
    await page.waitForURL(/banding=2024S1/);
    await expect.poll(() => legendText(page)).toContain('Perubahan sejak Semester 1 2024');
    // Better is blue and worse orange on every change map, whichever way the number moved.
    const legend = await legendText(page);
    expect(legend).toMatch(/membaik|memburuk/);
    const palette = ['#c6dbef', '#6baed6', '#2171b5', '#08306b', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'];
    // The change map is a new map: its shapes are drawn a moment after its legend.
    const paletteColoursShown = async () =>
      new Set(Object.values(await fills(page)).filter((colour) => palette.includes(colour as string))).size;
    await expect.poll(paletteColoursShown).toBeGreaterThan(1);
    const changeColours = new Set(Object.values(await fills(page)));
    expect(
      [...changeColours].every((colour) => [...palette, '#a3a3a3', '#ffffff'].includes(colour as string)),
    ).toBe(true);

    await page.getByRole('combobox', { name: 'Klasifikasi' }).selectOption('alami');
    await page.waitForURL(/kelas=alami/);
    await expect.poll(() => legendText(page)).toContain('Jeda alami (Jenks)');
    expect(await legendTotal(page)).toBe(267);

    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('kelas'));
    await expect.poll(() => legendText(page)).toContain('Kuantil');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('opens a side panel with the figures of a clicked kelurahan and a link to its profile', async () => {
    const { page, problems, close } = await openMap();
    const shown = await shownKelurahan();
    await page.locator(`path[data-kode="${shown.code}"]`).first().click({ force: true });
    const panel = page.getByTestId('area-panel');
    await panel.waitFor();
    expect(await panel.getByRole('heading').textContent()).toBe(shown.name);
    const text = (await panel.textContent()) ?? '';
    expect(text).toMatch(/Peringkat \d+ dari \d+ kelurahan/);
    expect(text).toContain('DKI Jakarta');
    expect(await panel.getByRole('link').getAttribute('href')).toBe(`/wilayah/${shown.code}`);
    expect(await page.locator(`path[data-kode="${shown.code}"]`).first().getAttribute('stroke-width')).toBe(
      '3',
    );
    await panel.getByRole('button', { name: 'Tutup' }).click();
    await page.getByTestId('area-panel-empty').waitFor();
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('says why a withheld kelurahan has no value', async () => {
    // The e2e demo is small: some kelurahan have fewer than 10 families in the denominator of these.
    let withheld: { indicator: string; code: string } | undefined;
    for (const indicator of ['p4k_sticker', 'paud_3_6', 'posyandu_under5', 'stunting_risk']) {
      const row = (await villageValues(indicator)).find(
        (candidate) => candidate.suppressed && !candidate.code.startsWith('31.01.'),
      );
      if (row) {
        withheld = { indicator, code: row.code };
        break;
      }
    }
    if (!withheld) throw new Error('the e2e demo has no withheld value to show');
    const { page, problems, close } = await openMap(`/peta?indikator=${withheld.indicator}`);
    await page.locator(`path[data-kode="${withheld.code}"]`).first().click({ force: true });
    const text = (await page.getByTestId('area-panel').textContent()) ?? '';
    expect(text).toContain('Ditekan');
    expect(text).toMatch(/di bawah 10: ditekan agar tidak ada keluarga yang dapat dikenali/);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('shows value, n and change in the tooltip, and finds a kelurahan by name', async () => {
    const { page, problems, close } = await openMap();
    const shown = await shownKelurahan();
    await page.locator(`path[data-kode="${shown.code}"]`).first().hover({ force: true });
    await expect.poll(() => page.locator('.leaflet-tooltip strong').textContent()).toBe(shown.name);
    const tooltip = (await page.locator('.leaflet-tooltip').textContent()) ?? '';
    expect(tooltip).toMatch(/n = [\d.]+/);
    expect(tooltip).toContain('sejak Semester 1 2026');
    await page.getByLabel('Cari kelurahan').fill('Gambir (Gambir)');
    await expect.poll(() => page.getByTestId('area-panel').getByRole('heading').textContent()).toBe('Gambir');
    // A half-typed name is not called unknown; Enter takes the kelurahan it means and writes its name in full.
    const search = page.getByLabel('Cari kelurahan');
    await search.fill('kebon kel');
    expect(await page.getByText('Tidak ada kelurahan dengan nama itu').count()).toBe(0);
    await search.press('Enter');
    await expect.poll(() => search.inputValue()).toBe('Kebon Kelapa (Gambir)');
    await expect
      .poll(() => page.getByTestId('area-panel').getByRole('heading').textContent())
      .toBe('Kebon Kelapa');
    await search.fill('bandung');
    expect(await page.getByText('Tidak ada kelurahan dengan nama itu').isVisible()).toBe(true);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('zooms to a kota and lists its kelurahan in the sortable table', async () => {
    const { page, problems, close } = await openMap();
    const sizeOfGambir = () =>
      page
        .locator(`path[data-kode="${GAMBIR}"]`)
        .first()
        .evaluate((path) => (path as SVGGraphicsElement).getBoundingClientRect().width);
    const before = await sizeOfGambir();
    await page.getByRole('combobox', { name: 'Wilayah' }).selectOption('31.71');
    await page.waitForURL(/wilayah=31\.71/);
    await expect.poll(sizeOfGambir).toBeGreaterThan(before * 1.5);

    await page.getByRole('button', { name: 'Tabel' }).click();
    await page.waitForURL(/tampilan=tabel/);
    const table = page.getByTestId('area-table');
    await table.waitFor();
    const rows = table.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThan(20);
    expect(
      await rows.evaluateAll((trs) => trs.every((tr) => tr.getAttribute('data-kode')?.startsWith('31.71.'))),
    ).toBe(true);
    await table.getByRole('button', { name: /Kelurahan/ }).click();
    await expect
      .poll(() => table.getByRole('columnheader', { name: /Kelurahan/ }).getAttribute('aria-sort'))
      .toBe('ascending');
    const names = await table.locator('tbody th').allTextContents();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'id')));
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('answers an unknown region, classification or comparison in the URL with the not-found page', async () => {
    const { page, close } = await openPage(browser());
    for (const query of ['wilayah=31.99', 'kelas=acak', 'banding=2030S1', 'tema=olahraga']) {
      await expectNotFound(page, `${baseUrl}/peta?${query}`);
    }
    await close();
  });

  it('speaks English when chosen', async () => {
    const { page, problems, close } = await openMap();
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => legendText(page)).toContain('Value per kelurahan');
    expect(await page.getByRole('combobox', { name: 'Classification' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect.poll(() => legendText(page)).toContain('Nilai per kelurahan');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('fits a 375 px phone, map and table, without sideways scrolling', async () => {
    const { page, problems, close } = await openMap('/peta', { viewport: { width: 375, height: 800 } });
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.goto(`${baseUrl}/peta?tampilan=tabel`);
    await page.getByTestId('area-table').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('has no serious or critical accessibility violation, as a map or as a table', async () => {
    const { page, close } = await openMap('/peta?banding=2025S1', { ...DESKTOP, bypassCSP: true });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await page.goto(`${baseUrl}/peta?tampilan=tabel`);
    await page.getByTestId('area-table').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await close();
  });
});
