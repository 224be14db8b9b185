/**
 * The page of one indicator (lib/dashboard/indicator-page.ts) on the hand-made fixture of
 * tests/fixtures/indicators (its families are described in tests/db/indicator-values.test.ts): Jakarta's
 * value and change, the histogram with withheld and missing kelurahan counted apart, and the best and
 * worst kelurahan by the indicator's direction. Four kelurahan have records: Gambir (12 families in
 * 2025S1), Cideng (3), Pasar Baru (2) and Tebet Timur (3).
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { getIndicatorFigures } from '@/lib/dashboard/indicator-page';
import { syncRegions } from '@/lib/geo/sync-regions';
import { findIndicator, type Indicator } from '@/lib/indicators/catalogue';
import { describeOnEachDatabase } from '../support/databases';
import { FIXTURES } from '../support/paths';
import { importProcessed } from '../support/submissions';

const indicator = (id: string) => findIndicator(id) as Indicator;
const total = (bins: { count: number }[]) => bins.reduce((sum, bin) => sum + bin.count, 0);

describeOnEachDatabase('the figures of an indicator page', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
    for (const period of ['2025S1', '2025S2'])
      await importProcessed(database(), path.join(FIXTURES, 'indicators', period));
  });

  it('gives Jakarta its sum, and counts withheld and missing kelurahan apart from the histogram', async () => {
    const figures = await getIndicatorFigures(
      database().db,
      { indicator: indicator('safe_water'), period: '2025S1', previous: undefined },
      10,
    );
    expect(figures.jakarta).toMatchObject({ code: '31', value: 75, denominator: 20, suppressed: false });
    expect(figures.jakarta?.change).toBeUndefined();
    // Only Gambir (n = 12) is shown; Cideng, Pasar Baru and Tebet Timur have fewer than 10 families.
    expect(figures.counts).toEqual({ shown: 1, suppressed: 3, missing: 263 });
    expect(figures.histogram).toEqual([{ lower: 75, upper: 75, count: 1 }]);
    expect(figures.extremes.best.map((row) => row.name)).toEqual(['Gambir']);
    expect(figures.extremes.worst).toEqual([]);
    expect(figures.placeNames['31.71.01']).toBe('Gambir');
    expect(figures.placeNames['31.71']).toBe('Jakarta Pusat');
  });

  it("gives Jakarta's change since the previous periode", async () => {
    const figures = await getIndicatorFigures(
      database().db,
      { indicator: indicator('safe_water'), period: '2025S2', previous: '2025S1' },
      10,
    );
    // 2025S2: 12 of 13 in Gambir, 3 of 4 in Cideng, 2 of 2 in Pasar Baru, 3 of 3 in Tebet Timur.
    expect(figures.jakarta?.value).toBeCloseTo((20 / 22) * 100, 10);
    expect(figures.jakarta?.change).toBeCloseTo((20 / 22) * 100 - 75, 10);
  });

  it('ranks the lowest first where lower is better, ties by name, without listing one twice', async () => {
    const figures = await getIndicatorFigures(
      database().db,
      { indicator: indicator('stunting_risk'), period: '2025S1', previous: undefined },
      1,
    );
    // Gambir 6 of 9, Cideng 1 of 2, Pasar Baru 1 of 1, Tebet Timur 1 of 2.
    expect(figures.extremes.best.map((row) => [row.name, row.rank])).toEqual([
      ['Cideng', 1],
      ['Tebet Timur', 2],
    ]);
    expect(figures.extremes.worst.map((row) => [row.name, row.rank])).toEqual([
      ['Pasar Baru', 4],
      ['Gambir', 3],
    ]);
    expect(figures.counts).toEqual({ shown: 4, suppressed: 0, missing: 263 });
    expect(total(figures.histogram)).toBe(4);
    expect(figures.histogram[0]?.lower).toBe(50);
    expect(figures.histogram.at(-1)?.upper).toBe(100);
  });
});
