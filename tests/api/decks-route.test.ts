/**
 * `/api/v1/decks/{overview,map,profile,compare}.{pptx,pdf}` ("Bahan rapat") on the hand-made fixture of
 * tests/fixtures/indicators (two periods) with the shared boundaries.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/decks/[file]/route';
import { importBoundaries } from '@/lib/geo/import-boundaries';
import { syncRegions } from '@/lib/geo/sync-regions';
import { findIndicator, INDICATORS, type Indicator } from '@/lib/indicators/catalogue';
import { presentValue } from '@/lib/indicators/present';
import { getRegionsIndicatorSums } from '@/lib/queries/get-regions-indicator-sums';
import { listRegions } from '@/lib/queries/list-regions';
import { describeOnEachDatabase } from '../support/databases';
import { fileNameOf } from '../support/downloads';
import { FIXTURES, SHARED_BOUNDARIES } from '../support/paths';
import { get, serveRoutesFrom } from '../support/route-database';
import { importProcessed } from '../support/submissions';

/** Every NIK and No KK (16 digits) of the fixture's submissions, none of which may leave the server. */
async function fixtureIdentifiers(): Promise<string[]> {
  const folders = ['2025S1', '2025S2'].map((period) => path.join(FIXTURES, 'indicators', period));
  const texts = await Promise.all(
    folders.flatMap((folder) =>
      ['keluarga.csv', 'individu.csv'].map((file) => readFile(path.join(folder, file), 'utf8')),
    ),
  );
  const identifiers = new Set(texts.flatMap((text) => text.match(/\b\d{16}\b/g) ?? []));
  expect(identifiers.size).toBeGreaterThan(10);
  return [...identifiers];
}

const fetchDeck = (file: string, query: string) => GET(get(`/api/v1/decks/${file}?${query}`));

async function openPptx(response: Response) {
  expect(response.status).toBe(200);
  const zip = await JSZip.loadAsync(await response.arrayBuffer());
  const slides = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  const read = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  const notes = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))
      .map(read),
  );
  const charts = await Promise.all(
    Object.keys(zip.files)
      .filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name))
      .map(read),
  );
  return { slides, titleSlide: await read('ppt/slides/slide1.xml'), notes: notes.join('\n'), charts };
}

describeOnEachDatabase('the meeting decks (Bahan rapat)', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
    for (const period of ['2025S1', '2025S2'])
      await importProcessed(database(), path.join(FIXTURES, 'indicators', period));
    await importBoundaries(database().db, SHARED_BOUNDARIES);
  });
  beforeEach(() => serveRoutesFrom(database()));

  it('makes the overview of two indicators a title slide, then a map and a native trend chart each', async () => {
    const response = await fetchDeck('overview.pptx', 'lang=id&indicator=safe_water,families&period=2025S2');
    expect(fileNameOf(response)).toBe('bahan-rapat_2-indikator_2025S2.pptx');
    const deck = await openPptx(response);
    expect(deck.slides).toHaveLength(5);
    expect(deck.titleSlide).toContain('Bahan rapat: Ringkasan DKI Jakarta');
    expect(deck.titleSlide).toContain('Semester 2 2025');
    expect(deck.charts).toHaveLength(2);
    expect(deck.charts.every((chart) => chart.includes('<c:lineChart>'))).toBe(true);
    expect(deck.charts[0]).toContain('DKI Jakarta');
    expect(deck.notes).toContain('Definisi:');
    expect(deck.notes).toMatch(/DKI Jakarta: [\d.,]+% \(n = [\d.]+\)/);
  });

  it('gives a comparison bars and a trend per indicator, with each region n in the notes, in English', async () => {
    const response = await fetchDeck('compare.pptx', 'lang=en&indicator=safe_water&region=31.71,31.72');
    const deck = await openPptx(response);
    expect(deck.slides).toHaveLength(3);
    expect(deck.titleSlide).toContain('Meeting slides: regions compared');
    expect(deck.charts.some((chart) => chart.includes('<c:barChart>'))).toBe(true);
    expect(deck.notes).toContain('Definition:');
    expect(deck.notes).toContain('Jakarta Pusat');
  });

  it('makes a kota profile a trend and the kota map; the PDF has one page per slide', async () => {
    const response = await fetchDeck('profile.pdf', 'lang=id&indicator=safe_water&region=3171');
    expect(response.headers.get('Content-Type')).toBe('application/pdf');
    expect(fileNameOf(response)).toBe('bahan-rapat_air-minum-layak_2025S2_31.71.pdf');
    const pdf = await PDFDocument.load(new Uint8Array(await response.arrayBuffer()));
    expect(pdf.getPageCount()).toBe(3);
    expect(pdf.getTitle()).toContain('Profil Jakarta Pusat');
  });

  it('keeps a withheld value withheld in the chart, its data and the notes, and carries nothing personal', async () => {
    const { db } = database();
    const indicator = findIndicator('safe_water') as Indicator;
    const villages = await getRegionsIndicatorSums(db, {
      codes: (await listRegions(db, { level: 'village' })).map((region) => region.code),
      indicator: indicator.id,
      periods: ['2025S2'],
    });
    const withheld = villages.find((row) => presentValue(indicator, row, 10).suppressed && row.numerator);
    if (!withheld) throw new Error('the fixture has no withheld kelurahan with a numerator');
    const hidden = ((withheld.numerator as number) / (withheld.denominator as number)) * 100;
    const response = await fetchDeck(
      'compare.pptx',
      `lang=id&indicator=safe_water&region=31.71,${withheld.code}`,
    );
    const zip = await JSZip.loadAsync(await response.arrayBuffer());
    const parts = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? ''),
    );
    const text = parts.join('\n');
    expect(text).toMatch(/: ditekan \(n = \d, di bawah 10\)/);
    for (const shown of [hidden.toFixed(1).replace('.', ','), String(hidden), hidden.toFixed(1)])
      expect(text).not.toContain(`>${shown}<`);
    for (const identifier of await fixtureIdentifiers()) expect(text).not.toContain(identifier);
  });

  it('asks for the regions of a profile or comparison, and refuses too many indicators, a language or file it has not', async () => {
    const noRegion = await fetchDeck('compare.pptx', 'indicator=safe_water');
    expect(noRegion.status).toBe(400);
    expect((await noRegion.json()).error.parameter).toBe('region');
    const twoProfiles = await fetchDeck('profile.pptx', 'indicator=safe_water&region=31.71,31.72');
    expect(twoProfiles.status).toBe(400);
    expect((await twoProfiles.json()).error.parameter).toBe('region');
    const many = INDICATORS.slice(0, 11).map((indicator) => indicator.id);
    const tooMany = await fetchDeck('overview.pdf', `indicator=${many.join(',')}`);
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).error.parameter).toBe('indicator');
    expect((await fetchDeck('overview.pdf', `lang=id&indicator=${many.slice(0, 10).join(',')}`)).status).toBe(
      200,
    );
    const badLanguage = await fetchDeck('overview.pptx', 'indicator=safe_water&lang=fr');
    expect(badLanguage.status).toBe(400);
    expect((await badLanguage.json()).error.parameter).toBe('lang');
    expect((await fetchDeck('overview.key', 'indicator=safe_water')).status).toBe(404);
    expect((await fetchDeck('overview.pptx.zip', 'indicator=safe_water')).status).toBe(404);
  });
});
