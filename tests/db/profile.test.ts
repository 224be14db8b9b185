/**
 * The region profile's data (lib/dashboard/profile.ts) on the hand-made fixture of tests/fixtures/indicators
 * (its families are described at the top of tests/db/indicator-values.test.ts). In 2025S2 Jakarta Pusat has
 * three kelurahan with records: Gambir (13 families, 12 with safe water; stunting risk 6 of 10 target
 * families), Cideng (4 families, 3 with safe water; 2 of 3) in kecamatan Gambir, and Pasar Baru (2 and 2;
 * 1 of 1) in kecamatan Sawah Besar.
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { readValueRows } from '@/lib/api/values-table';
import { getChildValues, getProfileFacts, getProfileTrend, getRegionProfile } from '@/lib/dashboard/profile';
import type { Lineage } from '@/lib/dashboard/profile-region';
import { syncRegions } from '@/lib/geo/sync-regions';
import { findIndicator, INDICATORS, type Indicator } from '@/lib/indicators/catalogue';
import { countKelurahan } from '@/lib/queries/count-kelurahan';
import { getRegionLineage } from '@/lib/queries/get-region-lineage';
import { listRegions } from '@/lib/queries/list-regions';
import { describeOnEachDatabase } from '../support/databases';
import { FIXTURES } from '../support/paths';
import { importProcessed } from '../support/submissions';

const indicator = (id: string) => findIndicator(id) as Indicator;
const PERIODS = ['2025S1', '2025S2'];
const GAMBIR = '31.71.01.1001';

describeOnEachDatabase('the region profile of the hand-made fixture', (database) => {
  const lineage = (code: string) => getRegionLineage(database().db, code);
  const profile = async (code: string, minDenominator: number) => {
    const themes = await getRegionProfile(
      database().db,
      { lineage: await lineage(code), period: '2025S2', previous: '2025S1', periods: PERIODS },
      minDenominator,
    );
    return new Map(themes.flatMap((theme) => theme.rows).map((row) => [row.indicator.id, row]));
  };

  beforeAll(async () => {
    await syncRegions(database().db);
    for (const period of PERIODS)
      await importProcessed(database(), path.join(FIXTURES, 'indicators', period));
  });

  it('finds a region with every region above it, and nothing for a code that names none', async () => {
    expect((await lineage(GAMBIR)).map((region) => [region.level, region.name])).toEqual([
      ['province', 'DKI Jakarta'],
      ['city', 'Jakarta Pusat'],
      ['district', 'Gambir'],
      ['village', 'Gambir'],
    ]);
    expect(await lineage('31.71.01.9999')).toEqual([]);
    expect(await lineage('31.99')).toEqual([]);
  });

  it("gives a kelurahan every indicator by theme with its value, n, change, its kecamatan's and Jakarta's value", async () => {
    const rows = await profile(GAMBIR, 1);
    expect(rows.size).toBe(INDICATORS.length);
    const water = rows.get('safe_water');
    expect(water?.shown).toMatchObject({ numerator: 12, denominator: 13, suppressed: false });
    expect(water?.shown.value).toBeCloseTo((12 / 13) * 100, 10);
    expect(water?.parent?.value).toBeCloseTo((15 / 17) * 100, 10);
    const [jakarta] = await readValueRows(
      database().db,
      { indicator: indicator('safe_water'), level: 'province', period: '2025S2' },
      1,
    );
    expect(water?.province).toEqual({ ...jakarta, code: undefined, name: undefined, change: undefined });
    const families = rows.get('families');
    expect(families?.series).toEqual([12, 13]);
    expect(families?.change).toBeCloseTo((1 / 12) * 100, 10);
  });

  it('ranks a kelurahan among the kelurahan of its kota by the direction of each indicator', async () => {
    const rows = await profile(GAMBIR, 1);
    // Safe water, higher is better: Pasar Baru 100%, Gambir 92.3%, Cideng 75%.
    expect(rows.get('safe_water')?.rank).toEqual({ rank: 2, of: 3 });
    // Stunting risk, lower is better: Gambir 60%, Cideng 66.7%, Pasar Baru 100%.
    expect(rows.get('stunting_risk')?.rank).toEqual({ rank: 1, of: 3 });
  });

  it('leaves withheld values out of the ranking and says why through the denominator', async () => {
    const rows = await profile(GAMBIR, 10);
    // Cideng (n = 4) and Pasar Baru (n = 2) are withheld at 10: Gambir is ranked alone.
    expect(rows.get('safe_water')?.rank).toEqual({ rank: 1, of: 1 });
    const cideng = await profile('31.71.01.1002', 10);
    expect(cideng.get('safe_water')).toMatchObject({
      shown: { value: null, suppressed: true, denominator: 4 },
      rank: null,
      change: null,
    });
  });

  it('ranks a kecamatan among those of its kota and a kota among the kota, the province not at all', async () => {
    const district = await profile('31.71.01', 1);
    expect(district.get('safe_water')?.rank).toEqual({ rank: 2, of: 2 });
    expect(district.get('safe_water')?.parent?.value).toBeCloseTo((17 / 19) * 100, 10);
    const city = await profile('31.71', 1);
    expect(city.get('safe_water')?.rank?.of).toBe(2);
    expect(city.get('safe_water')?.parent).toBeUndefined();
    expect(city.get('safe_water')?.province?.value).toEqual(expect.any(Number));
    const province = await profile('31', 1);
    expect(province.get('safe_water')).toMatchObject({ rank: null, parent: undefined, province: undefined });
  });

  it('draws the trend of Jakarta, the region and its parent', async () => {
    const trend = await getProfileTrend(
      database().db,
      indicator('families'),
      await lineage(GAMBIR),
      PERIODS,
      1,
    );
    expect(trend.periods).toEqual(PERIODS);
    expect(trend.lines.map((line) => [line.code, line.values])).toEqual([
      ['31', [expect.any(Number), expect.any(Number)]],
      [GAMBIR, [12, 13]],
      ['31.71.01', [15, 17]],
    ]);
    const jakarta = await getProfileTrend(
      database().db,
      indicator('families'),
      await lineage('31'),
      PERIODS,
      1,
    );
    expect(jakarta.lines.map((line) => line.code)).toEqual([
      '31',
      '31.01',
      '31.71',
      '31.72',
      '31.73',
      '31.74',
      '31.75',
    ]);
  });

  it('says how complete and fresh the records of the periode are', async () => {
    const [gambir] = (await lineage(GAMBIR)).slice(-1);
    const facts = await getProfileFacts(database().db, gambir as Lineage[number], '2025S2', 1);
    expect(facts.coverage).toMatchObject({ numerator: 13, denominator: 14 });
    expect(facts.freshness).toMatchObject({
      kelurahanRecorded: 1,
      families: 13,
      lastPendataan: '2025-09-10',
    });
    expect(facts.kelurahan).toBe(1);
    const villages = await listRegions(database().db, { level: 'village', parent: '31.71.01' });
    expect(await countKelurahan(database().db, '31.71.01')).toBe(villages.length);
    expect(await countKelurahan(database().db, '31')).toBe(267);
  });

  it('lists the values of the regions directly below, and none below a kelurahan', async () => {
    const [, jakartaPusat, kecamatan, kelurahan] = await lineage(GAMBIR);
    const request = { indicator: indicator('families'), period: '2025S2', previous: '2025S1' };
    const villages = await getChildValues(
      database().db,
      { ...request, region: kecamatan as Lineage[number] },
      1,
    );
    expect(villages.find((row) => row.code === GAMBIR)).toMatchObject({ value: 13 });
    expect(villages.every((row) => row.code.startsWith('31.71.01.'))).toBe(true);
    const districts = await getChildValues(
      database().db,
      { ...request, region: jakartaPusat as Lineage[number] },
      1,
    );
    expect(districts.every((row) => row.code.split('.').length === 3)).toBe(true);
    expect(
      await getChildValues(database().db, { ...request, region: kelurahan as Lineage[number] }, 1),
    ).toEqual([]);
  });
});
