/**
 * `/api/v1/figures/{map,trend,histogram}.{svg,png}` on the hand-made fixture of tests/fixtures/indicators
 * (two periods) with the shared boundaries: what a user downloads from a chart's menu.
 */
import path from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/figures/[file]/route';
import { importBoundaries } from '@/lib/geo/import-boundaries';
import { syncRegions } from '@/lib/geo/sync-regions';
import { describeOnEachDatabase } from '../support/databases';
import { fileNameOf } from '../support/downloads';
import { FIXTURES, SHARED_BOUNDARIES } from '../support/paths';
import { get, serveRoutesFrom } from '../support/route-database';
import { importProcessed } from '../support/submissions';

const fetchFigure = (file: string, query: string) => GET(get(`/api/v1/figures/${file}?lang=id&${query}`));

const mapCodes = (svg: string) => [...svg.matchAll(/data-code="([^"]+)"/g)].map((match) => match[1]);

describeOnEachDatabase('the figure downloads', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
    for (const period of ['2025S1', '2025S2'])
      await importProcessed(database(), path.join(FIXTURES, 'indicators', period));
  });
  beforeEach(() => serveRoutesFrom(database()));

  it('says the map cannot be drawn before boundaries are loaded, in both languages', async () => {
    const response = await fetchFigure('map.svg', 'indicator=safe_water');
    expect(response.status).toBe(404);
    const { error } = await response.json();
    expect(error.message).toContain('npm run geo:import');
    expect(error.message_en).toContain('boundaries');
  });

  it('draws all 267 kelurahan with title, periode, key and source into an SVG named after its filters', async () => {
    await importBoundaries(database().db, SHARED_BOUNDARIES);
    const response = await fetchFigure('map.svg', 'indicator=safe_water&period=2025S2');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/svg+xml; charset=utf-8');
    expect(fileNameOf(response)).toBe('peta_air-minum-layak_2025S2.svg');
    const svg = await response.text();
    expect(new Set(mapCodes(svg)).size).toBe(267);
    expect(svg).toContain('<title>Air minum layak per kelurahan</title>');
    expect(svg).toContain('DKI Jakarta · Semester 2 2025');
    expect(svg).toContain('Sumber: Data Dasawisma PKK Provinsi DKI Jakarta, diolah; periode 2025S2');
    expect(svg).toContain('Tidak ada data');
    expect(svg).toMatch(/Ditekan \(n &lt; 10\)/);
  });

  it('says how many kelurahan were withheld when one was', async () => {
    const svg = await (await fetchFigure('map.svg', 'indicator=safe_water&period=2025S1')).text();
    expect(svg).toMatch(/\d+ kelurahan ditekan \(abu-abu\): penyebutnya di bawah 10/);
  });

  it('zooms a change map to a kota, with the compare periode in title and name', async () => {
    const response = await fetchFigure(
      'map.svg',
      'indicator=safe_water&period=2025S2&compare=2025S1&region=3171',
    );
    expect(fileNameOf(response)).toBe('peta_air-minum-layak_2025S2_31.71_banding-2025S1.svg');
    const svg = await response.text();
    const codes = mapCodes(svg);
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code?.startsWith('31.71.'))).toBe(true);
    expect(svg).toContain('Air minum layak: perubahan sejak Semester 1 2025');
    expect(svg).toContain('periode 2025S1–2025S2');
    expect(svg).toContain('Batas kelas dihitung atas seluruh kelurahan DKI Jakarta');
    const counted = [...svg.matchAll(/\((\d+) kel\.\)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
    expect(counted).toBe(codes.length);
  });

  it('renders the PNG at twice the size of the SVG', async () => {
    const query = 'indicator=families&period=2025S2';
    const svg = await (await fetchFigure('map.svg', query)).text();
    const width = Number(svg.match(/<svg[^>]* width="(\d+)"/)?.[1]);
    const height = Number(svg.match(/<svg[^>]* height="(\d+)"/)?.[1]);
    const response = await fetchFigure('map.png', query);
    expect(response.headers.get('Content-Type')).toBe('image/png');
    const png = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    expect([png.width, png.height]).toEqual([width * 2, height * 2]);
  });

  it('draws the trend of chosen regions, one line each, in English when asked', async () => {
    const response = await GET(
      get('/api/v1/figures/trend.svg?lang=en&indicator=safe_water&region=31.71,31.71.01.1001'),
    );
    expect(fileNameOf(response)).toBe('tren_air-minum-layak_2025S2_31.71_31.71.01.1001.svg');
    const histogram = await fetchFigure('histogram.svg', 'indicator=safe_water&region=31.71');
    expect(fileNameOf(histogram)).toBe('sebaran_air-minum-layak_2025S2.svg');
    const svg = await response.text();
    expect(svg).toContain('<title>Trend: Safe drinking water</title>');
    expect(svg).toContain(
      'Source: Dasawisma PKK records of DKI Jakarta Province, processed; period 2025S1–2025S2',
    );
    expect(svg).toContain('Kel. Gambir');
  });

  it('draws the histogram of the kelurahan values', async () => {
    const svg = await (await fetchFigure('histogram.svg', 'indicator=families&period=2025S2')).text();
    expect(svg).toContain('Sebaran nilai kelurahan: Jumlah keluarga');
    expect(svg).toContain('Jumlah kelurahan per kelas nilai');
  });

  it('answers bad requests with a message naming what is wrong', async () => {
    const badClasses = await fetchFigure('map.svg', 'indicator=safe_water&classes=random');
    expect(badClasses.status).toBe(400);
    expect((await badClasses.json()).error.parameter).toBe('classes');
    expect((await fetchFigure('map.svg', 'indicator=unknown')).status).toBe(404);
    const empty = await fetchFigure('map.svg', 'indicator=');
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.parameter).toBe('indicator');
    expect((await fetchFigure('map.svg', 'indicator=safe_water&region=31.79')).status).toBe(404);
    const later = await fetchFigure('map.svg', 'indicator=safe_water&period=2025S1&compare=2025S2');
    expect(later.status).toBe(400);
    expect((await fetchFigure('map.png.zip', 'indicator=safe_water')).status).toBe(404);
    const unknownFile = await fetchFigure('chart.gif', 'indicator=safe_water');
    expect(unknownFile.status).toBe(404);
    expect((await unknownFile.json()).error.message).toContain('map.svg');
  });
});
