/**
 * Exports for meetings, as a user takes them: the download menu of a map, a trend and a histogram, and
 * "Bahan rapat" from the overview, a profile and a comparison. Every downloaded file is opened and checked.
 */
import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, inject, it } from 'vitest';
import { openPage, sharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const browser = sharedBrowser();

const DESKTOP = { viewport: { width: 1366, height: 900 }, acceptDownloads: true };

type Downloaded = { name: string; bytes: Buffer };

/** Clicks a link that downloads, and reads the file the browser saved. */
async function download(page: Page, link: Locator): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Opens a chart's "Unduh" menu and downloads one of its formats. */
async function downloadFigure(page: Page, menu: Locator, format: 'PNG' | 'SVG'): Promise<Downloaded> {
  if ((await menu.getAttribute('open')) === null) await menu.locator('summary').click();
  return download(page, menu.getByRole('link', { name: new RegExp(`^${format}`) }));
}

/** The SVG parsed by the browser itself: its size, its title and whether it is well-formed XML. */
async function parseSvg(page: Page, text: string) {
  return page.evaluate((source) => {
    const document = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = document.documentElement;
    return {
      wellFormed: document.getElementsByTagName('parsererror').length === 0 && root.localName === 'svg',
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: root.querySelector('title')?.textContent ?? '',
      text: root.textContent ?? '',
    };
  }, text);
}

async function slidesOf(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  const titleSlide = (await zip.file('ppt/slides/slide1.xml')?.async('string')) ?? '';
  const charts = Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name));
  return { slides: slides.length, titleSlide, charts: charts.length };
}

/** Opens "Bahan rapat", ticks `extra` indicators besides the view's own, and downloads one format. */
async function downloadDeck(page: Page, format: 'PPTX' | 'PDF', extra: string[] = []) {
  await page.getByRole('button', { name: 'Bahan rapat' }).click();
  const dialog = page.getByTestId('deck-dialog');
  await dialog.waitFor();
  for (const name of extra) await dialog.getByRole('checkbox', { name, exact: true }).check();
  const file = await download(page, dialog.getByRole('link', { name: `Unduh ${format}` }));
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  return file;
}

describe('exports for meetings', () => {
  it('downloads the map as a PNG at twice its size and as an SVG with its title and source', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/peta?indikator=safe_water&wilayah=31.72`);
    const menu = page.getByTestId('figure-downloads').first();
    await menu.waitFor();
    const svgFile = await downloadFigure(page, menu, 'SVG');
    expect(svgFile.name).toMatch(/^peta_air-minum-layak_\d{4}S[12]_31\.72_sintetis\.svg$/);
    const svg = await parseSvg(page, svgFile.bytes.toString('utf8'));
    expect(svg.wellFormed).toBe(true);
    expect(svg.title).toBe('Air minum layak per kelurahan');
    expect(svg.text).toContain('Jakarta Utara');
    expect(svg.text).toContain('Sumber: Data Dasawisma PKK Provinsi DKI Jakarta, diolah; periode');
    expect(svg.text).toContain('data sintetis');
    const pngFile = await downloadFigure(page, menu, 'PNG');
    const png = PNG.sync.read(pngFile.bytes);
    expect([png.width, png.height]).toEqual([svg.width * 2, svg.height * 2]);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('downloads the trend of the overview and the histogram of an indicator', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/?indikator=safe_water`);
    const trendMenu = page
      .getByTestId('figure-downloads')
      .filter({ has: page.getByLabel('Unduh Tren: Air minum layak') });
    const trend = await downloadFigure(page, trendMenu, 'SVG');
    const parsed = await parseSvg(page, trend.bytes.toString('utf8'));
    expect(parsed.title).toBe('Tren: Air minum layak');
    expect(parsed.text).toContain('Jakarta Selatan');

    await page.goto(`${baseUrl}/indikator/safe_water`);
    const histogramMenu = page
      .getByTestId('figure-downloads')
      .filter({ has: page.getByLabel('Unduh Sebaran nilai kelurahan') });
    const histogram = await downloadFigure(page, histogramMenu, 'PNG');
    expect(histogram.name).toMatch(/^sebaran_air-minum-layak_/);
    expect(PNG.sync.read(histogram.bytes).width).toBe(2400);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('makes the overview of two chosen indicators a PPTX with native charts and the same as a PDF', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/?indikator=safe_water`);
    const pptx = await downloadDeck(page, 'PPTX', ['Jumlah keluarga']);
    expect(pptx.name).toMatch(/^bahan-rapat_2-indikator_\d{4}S[12]_sintetis\.pptx$/);
    const deck = await slidesOf(pptx.bytes);
    expect(deck.slides).toBe(5);
    expect(deck.charts).toBe(2);
    expect(deck.titleSlide).toContain('Bahan rapat: Ringkasan DKI Jakarta');
    const pdf = await downloadDeck(page, 'PDF', ['Jumlah keluarga']);
    expect((await PDFDocument.load(new Uint8Array(pdf.bytes))).getPageCount()).toBe(5);
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('exports a kota profile and a comparison as decks of their own charts', async () => {
    const { page, problems, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/wilayah/31.71?indikator=safe_water`);
    const profile = await downloadDeck(page, 'PDF');
    const document = await PDFDocument.load(new Uint8Array(profile.bytes));
    expect(document.getPageCount()).toBe(3);
    expect(document.getTitle()).toBe('Bahan rapat: Profil Jakarta Pusat');

    await page.goto(`${baseUrl}/bandingkan?wilayah=31.71,31.72&indikator=safe_water`);
    const compare = await slidesOf((await downloadDeck(page, 'PPTX')).bytes);
    expect(compare.slides).toBe(3);
    expect(compare.titleSlide).toContain('Bahan rapat: Perbandingan wilayah');
    expect(problems.errors).toEqual([]);
    await close();
  });

  it('offers no deck download until an indicator is chosen, and makes it in the language chosen', async () => {
    const { page, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/peta?indikator=safe_water`);
    await page.getByRole('button', { name: 'Bahan rapat' }).click();
    const dialog = page.getByTestId('deck-dialog');
    await dialog.getByRole('checkbox', { name: 'Air minum layak', exact: true }).uncheck();
    expect(await dialog.getByText('Pilih sedikitnya satu indikator.').isVisible()).toBe(true);
    expect(await dialog.getByRole('button', { name: 'Unduh PPTX' }).isDisabled()).toBe(true);
    await dialog.getByRole('checkbox', { name: 'Jumlah keluarga', exact: true }).check();
    await dialog.getByRole('radio', { name: 'English' }).check();
    const href = (await dialog.getByRole('link', { name: 'Unduh PPTX' }).getAttribute('href')) ?? '';
    expect(href).toContain('/api/v1/decks/map.pptx?');
    expect(new URL(href, baseUrl).searchParams.get('indicator')).toBe('families');
    expect(new URL(href, baseUrl).searchParams.get('lang')).toBe('en');
    await close();
  });

  it('ticks the indicator the view shows now, after the reader changed it', async () => {
    const { page, close } = await openPage(browser(), DESKTOP);
    await page.goto(`${baseUrl}/?indikator=safe_water`);
    await page.getByRole('combobox', { name: 'Indikator' }).selectOption('families');
    await page.waitForURL((url) => url.searchParams.get('indikator') === 'families');
    await page.getByRole('button', { name: 'Bahan rapat' }).click();
    const dialog = page.getByTestId('deck-dialog');
    expect(await dialog.getByRole('checkbox', { name: 'Jumlah keluarga', exact: true }).isChecked()).toBe(
      true,
    );
    expect(await dialog.getByRole('checkbox', { name: 'Air minum layak', exact: true }).isChecked()).toBe(
      false,
    );
    await close();
  });
});
