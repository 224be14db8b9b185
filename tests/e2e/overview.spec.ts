import { describe, expect, inject, it } from 'vitest';
import { expectNotFound, openPage, seriousAccessibilityViolations, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const bareBaseUrl = inject('bareBaseUrl');
const browser = sharedBrowser();

describe('the overview page', () => {
  it('draws all 267 kelurahan on the Leaflet map, Kepulauan Seribu in its inset, and lists the kota', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1366, height: 900 } });
    await page.goto(baseUrl);
    await page.locator('path[data-kode]').nth(266).waitFor();
    const codes = await page
      .locator('path[data-kode]')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('data-kode')));
    expect(new Set(codes).size).toBe(267);
    const insetCodes = await page
      .locator('figure path[data-kode]')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('data-kode')));
    expect(insetCodes).toHaveLength(6);
    expect(insetCodes.every((code) => code?.startsWith('31.01.'))).toBe(true);
    const cityItems = page
      .getByRole('list', { name: 'Kota dan kabupaten DKI Jakarta' })
      .getByRole('listitem');
    // The list of kota streams in on its own, apart from the map: read it once it is there.
    await cityItems.first().waitFor();
    const cities = await cityItems.allTextContents();
    expect(cities.map((text) => text.split(/\d/)[0]?.trim())).toEqual([
      'Kepulauan Seribu',
      'Jakarta Pusat',
      'Jakarta Utara',
      'Jakarta Barat',
      'Jakarta Selatan',
      'Jakarta Timur',
    ]);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('shows a kelurahan name when the pointer rests on it', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1366, height: 900 } });
    await page.goto(baseUrl);
    const gambir = page.locator('path[data-kode="31.71.01.1001"]');
    await gambir.waitFor();
    await gambir.hover({ force: true });
    await expect.poll(() => page.locator('.leaflet-tooltip strong').textContent()).toBe('Gambir');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('fits a 375 px phone without sideways scrolling', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 375, height: 800 } });
    await page.goto(baseUrl);
    await page.locator('path[data-kode]').nth(266).waitFor();
    // The tiles, movers, trend and kota stream in apart from the map: measure once none is still loading.
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('has no serious or critical accessibility violation', async () => {
    const { page, close } = await openPage(browser(), {
      bypassCSP: true,
      viewport: { width: 1366, height: 900 },
    });
    await page.goto(baseUrl);
    await page.locator('path[data-kode]').nth(266).waitFor();
    // The tiles, movers, trend and kota stream in apart from the map: scan once none is still loading.
    await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await close();
  });

  it('still works without a boundary file and says the boundaries are missing', async () => {
    const { page, problems, close } = await openPage(browser());
    await page.goto(bareBaseUrl);
    await expect.poll(() => page.getByText('Batas kelurahan belum dimuat.').isVisible()).toBe(true);
    const cityItems = page
      .getByRole('list', { name: 'Kota dan kabupaten DKI Jakarta' })
      .getByRole('listitem');
    // The list of kota streams in on its own, apart from the map: count it once it is there.
    await cityItems.first().waitFor();
    expect(await cityItems.count()).toBe(6);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('keeps indicator and periode in the URL, so that back returns to the previous view', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1366, height: 900 } });
    await page.goto(baseUrl);
    await page.getByRole('combobox', { name: /^Indikator/ }).selectOption('safe_water');
    await page.waitForURL(/indikator=safe_water/);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Tren: Air minum layak' }).isVisible())
      .toBe(true);
    await page.getByLabel('Periode', { exact: true }).selectOption('2025S2');
    await page.waitForURL(/periode=2025S2/);
    expect(new URL(page.url()).searchParams.get('indikator')).toBe('safe_water');
    await expect.poll(() => page.getByText('sejak 2025S1').first().isVisible()).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('periode'));
    await expect.poll(() => page.getByText('sejak 2026S1').first().isVisible()).toBe(true);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('switches to English and remembers it on the next visit', async () => {
    const { page, problems, close } = await openPage(browser(), { viewport: { width: 1366, height: 900 } });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'English' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Headline indicators' }).isVisible())
      .toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.reload();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Headline indicators' }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Indikator utama' }).isVisible()).toBe(true);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('answers an unknown indicator in the URL with the not-found page', async () => {
    const { page, close } = await openPage(browser());
    await expectNotFound(page, `${baseUrl}/?indikator=tidak_ada`);
    await close();
  });
});
