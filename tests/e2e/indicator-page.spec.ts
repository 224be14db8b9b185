import { describe, expect, inject, it } from 'vitest';
import { checkLoadedPage, expectNotFound, openPage, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const DESKTOP = { viewport: { width: 1366, height: 900 } };

type ValueRow = { code: string; name: string; value: number | null; suppressed: boolean };

/** The values the API gives for a level, as the page must show them. */
async function values(indicator: string, level: string, period?: string): Promise<ValueRow[]> {
  const query = new URLSearchParams({ indicator, level, ...(period ? { period } : {}) });
  const response = await fetch(`${baseUrl}/api/v1/values?${query}`);
  return ((await response.json()) as { rows: ValueRow[] }).rows;
}

const percent = (value: number) =>
  `${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value)}%`;

describe('the indicator pages', () => {
  it('lists every indicator by theme with Jakarta’s value, reached from the navigation', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(baseUrl);
    await page
      .getByRole('navigation', { name: 'Navigasi utama' })
      .getByRole('link', { name: 'Indikator' })
      .click();
    await page.waitForURL(/\/indikator$/);
    await page.getByRole('heading', { name: 'Indikator', level: 1 }).waitFor();
    // The list streams in after the page's head.
    await page.getByRole('heading', { name: 'Kualitas data', level: 2 }).waitFor();
    const themes = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(themes).toEqual([
      'Demografi',
      'Kesehatan & KB',
      'Pendidikan',
      'Lingkungan & hunian',
      'Ekonomi',
      'Kualitas data',
    ]);
    expect(await page.locator('[data-indicator]').count()).toBe(30);
    const [jakarta] = await values('safe_water', 'province');
    expect(await page.locator('[data-indicator="safe_water"]').textContent()).toBe(
      percent(jakarta?.value as number),
    );
    const link = page.getByRole('link', { name: 'Air minum layak', exact: true });
    await link.click();
    await page.waitForURL(/\/indikator\/safe_water\?periode=2026S2/);
    await page.getByRole('heading', { name: 'Air minum layak', level: 1 }).waitFor();
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('defines an indicator, and shows its distribution and best and worst kelurahan as the API gives them', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/indikator/stunting_risk`);
    await page.getByRole('heading', { name: 'Keluarga berisiko stunting', level: 1 }).waitFor();
    const definition = (await page.getByRole('region', { name: 'Definisi' }).textContent()) ?? '';
    expect(definition).toContain('keluarga sasaran dengan sedikitnya satu faktor risiko');
    expect(definition).toContain('pembilang ÷ penyebut × 100');
    expect(definition).toContain('Makin rendah makin baik');
    expect(definition).toContain('keluarga.sumber_air');

    const villages = await values('stunting_risk', 'village');
    const shown = villages.filter((row) => row.value !== null);
    const suppressed = villages.filter((row) => row.suppressed).length;
    // The distribution and the rankings stream in after the head of the page: read them once they are there.
    await page.getByTestId('histogram').locator('tbody tr').first().waitFor();
    const binned = await page
      .getByTestId('histogram')
      .locator('tbody tr')
      .evaluateAll((rows) => rows.reduce((sum, row) => sum + Number(row.getAttribute('data-count')), 0));
    expect(binned).toBe(shown.length);
    const counts = (await page.getByTestId('distribution-counts').textContent()) ?? '';
    expect(counts).toContain(`${suppressed} kelurahan yang nilainya ditekan`);
    expect(counts).toContain(`${267 - shown.length - suppressed} kelurahan tanpa data`);

    // Lower is better: the best list starts with the lowest shown value, the worst with the highest.
    const sorted = [...shown].sort((a, b) => (a.value as number) - (b.value as number));
    const best = page.getByRole('list', { name: 'Terbaik' }).getByRole('listitem');
    const worst = page.getByRole('list', { name: 'Terburuk' }).getByRole('listitem');
    await best.first().waitFor();
    await worst.first().waitFor();
    expect(await best.count()).toBe(Math.min(10, Math.ceil(shown.length / 2)));
    expect(await best.first().textContent()).toContain(percent(sorted[0]?.value as number));
    expect(await worst.first().textContent()).toContain(percent(sorted.at(-1)?.value as number));
    const code = await best.first().getAttribute('data-kode');
    expect(villages.find((row) => row.code === code)?.suppressed).toBe(false);
    expect(await best.first().getByRole('link').getAttribute('href')).toBe(`/wilayah/${code}`);

    const [jakarta] = await values('stunting_risk', 'province');
    expect(await page.getByTestId('jakarta-value').textContent()).toBe(percent(jakarta?.value as number));
    expect(await page.getByRole('link', { name: 'Buka peta lengkap →' }).getAttribute('href')).toBe(
      '/peta?indikator=stunting_risk&periode=2026S2',
    );
    await page.getByRole('heading', { name: 'Tren: Keluarga berisiko stunting' }).waitFor();
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('keeps the periode in the URL, so that back returns to the previous one', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/indikator/safe_water`);
    await page.getByLabel('Periode', { exact: true }).selectOption('2025S1');
    await page.waitForURL(/periode=2025S1/);
    const [earlier] = await values('safe_water', 'province', '2025S1');
    await expect
      .poll(() => page.getByTestId('jakarta-value').textContent())
      .toBe(percent(earlier?.value as number));
    await expect.poll(() => page.getByText('sejak Semester 2 2024 (Jul–Des)').isVisible()).toBe(true);
    await page.goBack();
    await page.waitForURL((url) => !url.searchParams.has('periode'));
    await expect
      .poll(() => page.getByText('Tema Lingkungan & hunian · Semester 2 2026 (Jul–Des)').isVisible())
      .toBe(true);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('answers an unknown indicator or periode with the not-found page', async () => {
    const { page, close } = await openPage(browser());
    for (const path of [
      '/indikator/tidak_ada',
      '/indikator/safe_water?periode=2030S1',
      '/indikator?periode=2030S1',
    ]) {
      await expectNotFound(page, `${baseUrl}${path}`);
    }
    await close();
  });

  it('fits a 375 px phone and has no serious accessibility violation', async () => {
    const { page, problems, close } = await openPage(browser(), {
      viewport: { width: 375, height: 800 },
      bypassCSP: true,
    });
    for (const path of ['/indikator', '/indikator/paud_3_6']) {
      const { overflow, violations } = await checkLoadedPage(page, `${baseUrl}${path}`);
      expect(overflow, path).toBeLessThanOrEqual(0);
      expect(violations, path).toEqual([]);
    }
    expect(problems.errors).toEqual([]);
    await close();
  });
});
