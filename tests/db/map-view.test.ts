/**
 * The map page's data (lib/dashboard/map-view.ts) on the hand-made fixture of tests/fixtures/indicators:
 * every kelurahan has a place in the legend, withheld and missing values are classes of their own, a
 * change map puts improvements on the better side whichever way the number moved, and ranks follow the
 * indicator's direction.
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { getMapView, type MapView } from '@/lib/dashboard/map-view';
import { syncRegions } from '@/lib/geo/sync-regions';
import { findIndicator, type Indicator } from '@/lib/indicators/catalogue';
import { describeOnEachDatabase } from '../support/databases';
import { FIXTURES } from '../support/paths';
import { importProcessed } from '../support/submissions';

const indicator = (id: string) => findIndicator(id) as Indicator;
const BLUES = ['#c6dbef', '#6baed6', '#2171b5', '#08306b'];
const ORANGES = ['#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'];

const legendTotal = (view: MapView) =>
  view.classes.reduce((sum, range) => sum + range.count, 0) + view.suppressed.count + view.missing.count;

describeOnEachDatabase('the map view of the hand-made fixture', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
    for (const period of ['2025S1', '2025S2'])
      await importProcessed(database(), path.join(FIXTURES, 'indicators', period));
  });

  it('places each of the 267 kelurahan in exactly one class of the legend, those without records apart', async () => {
    const view = await getMapView(
      database().db,
      {
        indicator: indicator('population'),
        period: '2025S1',
        compare: undefined,
        mode: 'value',
        method: 'kuantil',
      },
      10,
    );
    expect(view.areas).toHaveLength(267);
    expect(legendTotal(view)).toBe(267);
    const recorded = view.areas.filter((area) => area.value !== null);
    expect(recorded.length).toBeGreaterThan(1);
    expect(view.missing.count).toBe(267 - recorded.length);
    for (const area of recorded) {
      const range = view.classes[area.klass as number];
      expect(range, area.code).toBeDefined();
      expect(area.mapped).toBeGreaterThanOrEqual(range?.lower as number);
      expect(area.mapped).toBeLessThanOrEqual(range?.upper as number);
    }
    // A count has no denominator: nothing is withheld, and the most populous kelurahan ranks first.
    expect(view.suppressed.count).toBe(0);
    const largest = [...recorded].sort((a, b) => (b.value as number) - (a.value as number))[0];
    expect(largest?.rank).toBe(1);
    expect(view.parents['31.71']?.name).toBe('Jakarta Pusat');
    expect(view.parents['31']?.value).toBe(recorded.reduce((sum, area) => sum + (area.value as number), 0));
  });

  it('withholds a kelurahan whose denominator is below the minimum, in its own class', async () => {
    const request = {
      indicator: indicator('coverage'),
      period: '2025S1',
      compare: undefined,
      mode: 'value' as const,
      method: 'kuantil' as const,
    };
    const strict = await getMapView(database().db, request, 10);
    const cideng = strict.areas.find((area) => area.code === '31.71.01.1002');
    expect(cideng).toMatchObject({ klass: 'suppressed', value: null, numerator: null, denominator: 4 });
    expect(strict.suppressed.count).toBeGreaterThanOrEqual(1);
    const lenient = await getMapView(database().db, request, 1);
    expect(lenient.areas.find((area) => area.code === '31.71.01.1002')?.klass).toEqual(expect.any(Number));
    expect(lenient.suppressed.count).toBeLessThan(strict.suppressed.count);
  });

  it('colours a fall in stunting risk as better (blue) and a rise as worse (orange)', async () => {
    const view = await getMapView(
      database().db,
      {
        indicator: indicator('stunting_risk'),
        period: '2025S2',
        compare: '2025S1',
        mode: 'change',
        method: 'interval',
      },
      1,
    );
    expect(view.verdicts).toEqual({ fall: 'better', rise: 'worse' });
    const changed = view.areas.filter((area) => typeof area.mapped === 'number' && area.mapped !== 0);
    expect(changed.length).toBeGreaterThan(0);
    for (const area of changed) {
      const colour = view.classes[area.klass as number]?.colour;
      expect((area.mapped as number) < 0 ? BLUES : ORANGES, `${area.code} ${area.mapped}`).toContain(colour);
    }
    expect(legendTotal(view)).toBe(267);
  });
});
