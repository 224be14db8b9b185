/**
 * The comparison of regions of any level (lib/dashboard/compare.ts, lib/queries/get-regions-indicator-sums.ts)
 * on the hand-made fixture of tests/fixtures/indicators (described in tests/db/indicator-values.test.ts):
 * sums of a kelurahan, a kecamatan, a kota and the province read at once, withheld values, the best value
 * of each row by direction, and a trend per region.
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { getCompareRows, getCompareTrend } from '@/lib/dashboard/compare';
import { syncRegions } from '@/lib/geo/sync-regions';
import { findIndicator, type Indicator } from '@/lib/indicators/catalogue';
import { getRegionsIndicatorSums } from '@/lib/queries/get-regions-indicator-sums';
import { describeOnEachDatabase } from '../support/databases';
import { FIXTURES } from '../support/paths';
import { importProcessed } from '../support/submissions';

const GAMBIR = '31.71.01.1001';
const KEC_GAMBIR = '31.71.01';

describeOnEachDatabase('the comparison of regions', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
    for (const period of ['2025S1', '2025S2'])
      await importProcessed(database(), path.join(FIXTURES, 'indicators', period));
  });

  it('sums the kelurahan below regions of every level in one query', async () => {
    const rows = await getRegionsIndicatorSums(database().db, {
      codes: ['31', '31.71', KEC_GAMBIR, GAMBIR, '31.74', '31.72'],
      periods: ['2025S1'],
      indicator: 'safe_water',
    });
    expect(rows.map(({ code, numerator, denominator }) => [code, numerator, denominator])).toEqual([
      ['31', 15, 20],
      ['31.71', 12, 17],
      [KEC_GAMBIR, 11, 15],
      [GAMBIR, 9, 12],
      ['31.74', 3, 3],
    ]);
    const all = await getRegionsIndicatorSums(database().db, { codes: [GAMBIR] });
    expect(new Set(all.map((row) => row.period))).toEqual(new Set(['2025S1', '2025S2']));
    expect(new Set(all.map((row) => row.indicator)).size).toBe(30);
    expect(await getRegionsIndicatorSums(database().db, { codes: [] })).toEqual([]);
  });

  it('marks the best of each row by direction, ties both, never a withheld value, none when neutral', async () => {
    const rows = await getCompareRows(
      database().db,
      { codes: [GAMBIR, KEC_GAMBIR, '31', '31.72'], period: '2025S1' },
      10,
    );
    expect(rows).toHaveLength(30);
    const row = (id: string) => rows.find((candidate) => candidate.indicator.id === id);
    // Safe water: Gambir 9 of 12 and Jakarta 15 of 20 both read 75,0%; the kecamatan 11 of 15 is lower.
    expect(row('safe_water')?.cells.map((cell) => [cell.value, cell.best])).toEqual([
      [75, true],
      [(11 / 15) * 100, false],
      [75, true],
      [null, false],
    ]);
    // Stunting risk: Gambir's 9 target families are too few; the kecamatan (7 of 11) is lower than Jakarta.
    expect(row('stunting_risk')?.cells.map((cell) => [cell.suppressed, cell.denominator, cell.best])).toEqual(
      [
        [true, 9, false],
        [false, 11, true],
        [false, 14, false],
        [false, null, false],
      ],
    );
    expect(row('families')?.cells.map((cell) => [cell.value, cell.best])).toEqual([
      [12, false],
      [15, false],
      [20, false],
      [null, false],
    ]);
  });

  it('draws one line per region over every periode, null where the value is withheld', async () => {
    const trend = await getCompareTrend(
      database().db,
      {
        indicator: findIndicator('safe_water') as Indicator,
        regions: [
          { code: GAMBIR, name: 'Gambir' },
          { code: '31.74', name: 'Jakarta Selatan' },
        ],
        periods: ['2024S2', '2025S1', '2025S2'],
      },
      10,
    );
    expect(trend.periods).toEqual(['2024S2', '2025S1', '2025S2']);
    expect(trend.lines[0]?.values[0]).toBeNull();
    expect(trend.lines[0]?.values[1]).toBe(75);
    expect(trend.lines[0]?.values[2]).toBeCloseTo((12 / 13) * 100, 10);
    // Tebet Timur's 3 families are all of Jakarta Selatan: withheld in both periods.
    expect(trend.lines[1]).toEqual({ code: '31.74', name: 'Jakarta Selatan', values: [null, null, null] });
  });
});
