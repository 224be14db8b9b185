import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { GET as getIndicators } from '@/app/api/v1/indicators/route';
import { GET as getPeriods } from '@/app/api/v1/periods/route';
import { GET as getSeries } from '@/app/api/v1/series/route';
import { GET as getValues } from '@/app/api/v1/values/route';
import { syncRegions } from '@/lib/geo/sync-regions';
import { describeOnEachDatabase } from '../support/databases';
import { get, serveRoutesFrom } from '../support/route-database';
import { FIXTURE_SUBMISSION, importProcessed } from '../support/submissions';

async function errorOf(response: Response) {
  return { status: response.status, ...(await response.json()).error };
}

describe('GET /api/v1/indicators', () => {
  it('lists the 30 indicators of the catalogue with names and definitions in both languages', async () => {
    const body = await (await getIndicators(get('/api/v1/indicators'))).json();
    expect(body.rows).toHaveLength(30);
    expect(body.rows.find((row: { id: string }) => row.id === 'safe_water')).toMatchObject({
      name: { id: 'Air minum layak', en: 'Safe drinking water' },
      theme: 'lingkungan_hunian',
      unit: { id: '%', en: '%' },
      multiplier: 100,
      direction: 'higher_is_better',
      definition: { id: expect.stringContaining('PDAM'), en: expect.stringContaining('bottled') },
    });
  });
});

describeOnEachDatabase('the values API', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
  });
  beforeEach(() => serveRoutesFrom(database()));

  it('answers 404 with a way forward while there are no indicator values', async () => {
    const error = await errorOf(await getValues(get('/api/v1/values?indicator=families')));
    expect(error.status).toBe(404);
    expect(error.message).toContain('npm run data:import');
    expect((await (await getPeriods(get('/api/v1/periods'))).json()).rows).toEqual([]);
  });

  describe('after an import', () => {
    beforeAll(async () => {
      await importProcessed(database(), FIXTURE_SUBMISSION);
    });

    it('lists the imported periode, not synthetic, with the time of the import', async () => {
      const body = await (await getPeriods(get('/api/v1/periods'))).json();
      expect(body.rows).toEqual([
        { period: '2025S1', synthetic: false, last_import_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) },
      ]);
    });

    it('defaults to the latest periode and to kelurahan, with every kelurahan as a row', async () => {
      const body = await (await getValues(get('/api/v1/values?indicator=families'))).json();
      expect(body).toMatchObject({ indicator: 'families', period: '2025S1', level: 'village' });
      expect(body).not.toHaveProperty('parent');
      expect(body).not.toHaveProperty('compare');
      expect(body.rows).toHaveLength(267);
      const gambir = body.rows.find((row: { code: string }) => row.code === '31.71.01.1001');
      expect(gambir).toEqual({
        code: '31.71.01.1001',
        name: 'Gambir',
        numerator: 2,
        denominator: null,
        value: 2,
        suppressed: false,
      });
      const cideng = body.rows.find((row: { code: string }) => row.code === '31.71.01.1002');
      expect(cideng).toMatchObject({ numerator: null, value: null, suppressed: false });
    });

    it('sums the kelurahan of a kota and withholds a small denominator', async () => {
      const body = await (
        await getValues(get('/api/v1/values?indicator=safe_water&period=2025S1&level=kota'))
      ).json();
      expect(body.rows.map((row: { code: string }) => row.code)).toEqual([
        '31.01',
        '31.71',
        '31.72',
        '31.73',
        '31.74',
        '31.75',
      ]);
      expect(body.rows[1]).toEqual({
        code: '31.71',
        name: expect.any(String),
        numerator: null,
        denominator: 2,
        value: null,
        suppressed: true,
      });
    });

    it('keeps parent and compare in the answer when asked for', async () => {
      const body = await (
        await getValues(get('/api/v1/values?indicator=population&period=2025S1&level=district&parent=31.71'))
      ).json();
      expect(body.parent).toBe('31.71');
      expect(body.rows).toHaveLength(8);
    });

    it('answers a series with one row per periode', async () => {
      const body = await (await getSeries(get('/api/v1/series?indicator=population&region=31'))).json();
      expect(body).toEqual({
        indicator: 'population',
        region: '31',
        rows: [{ period: '2025S1', numerator: 8, denominator: null, value: 8, suppressed: false }],
      });
    });

    it.each([
      ['/api/v1/values', 400, 'indicator'],
      ['/api/v1/values?indicator=air', 404, 'indicator'],
      ['/api/v1/values?indicator=families&period=2025-1', 400, 'period'],
      ['/api/v1/values?indicator=families&period=2019S2', 404, 'period'],
      ['/api/v1/values?indicator=families&compare=2024S3', 400, 'compare'],
      ['/api/v1/values?indicator=families&compare=2025S1', 400, 'compare'],
      ['/api/v1/values?indicator=families&compare=2024S2', 404, 'compare'],
      ['/api/v1/values?indicator=families&level=rt', 400, 'level'],
      ['/api/v1/values?indicator=families&parent=31.79', 404, 'parent'],
      ['/api/v1/values?indicator=families&level=city&parent=31.71', 400, 'parent'],
      ['/api/v1/values?indicator=families&parent=31.71.01.1001', 400, 'parent'],
      ['/api/v1/series?indicator=families', 400, 'region'],
      ['/api/v1/series?indicator=families&region=31.79.01', 404, 'region'],
      ['/api/v1/series?region=31', 400, 'indicator'],
    ])('%s answers %i naming `%s`', async (path, status, parameter) => {
      const handler = path.startsWith('/api/v1/series') ? getSeries : getValues;
      const error = await errorOf(await handler(get(path)));
      expect(error).toMatchObject({ status, parameter });
      expect(error.message).toMatch(/\S/);
      expect(error.message_en).toMatch(/\S/);
    });
  });
});
