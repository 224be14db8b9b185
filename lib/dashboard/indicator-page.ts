import 'server-only';
import { readValueRows, type ValueRow } from '../api/values-table';
import type { Database } from '../db/client';
import type { Indicator } from '../indicators/catalogue';
import { listRegions } from '../queries/list-regions';
import { binIndexOf, type HistogramBin, histogramOf } from './indicator-page-histogram';
import { type Extremes, rankExtremes } from './indicator-page-ranking';

/** What the page of one indicator shows for a periode, read from the aggregated values only. */
export type IndicatorFigures = {
  /** DKI Jakarta's value, with its change since the previous periode when there is one. */
  jakarta: ValueRow | undefined;
  /** The shown kelurahan values in classes of round bounds. */
  histogram: HistogramBin[];
  /** The class DKI Jakarta's own value falls in; -1 when Jakarta has no shown value. */
  jakartaBin: number;
  /** Kelurahan with a shown value, with a withheld one (n too small), and without any. */
  counts: { shown: number; suppressed: number; missing: number };
  /** The ten best and ten worst kelurahan (for a neutral indicator: highest and lowest). */
  extremes: Extremes;
  /** The names of the kecamatan and kota, by code, to say where a kelurahan lies. */
  placeNames: Record<string, string>;
};

export type IndicatorFiguresRequest = { indicator: Indicator; period: string; previous: string | undefined };

/**
 * Jakarta's value and change, the distribution of the kelurahan values and the best and worst kelurahan
 * of one indicator in a periode. Withheld values are counted apart and never ranked.
 */
export async function getIndicatorFigures(
  db: Database,
  { indicator, period, previous }: IndicatorFiguresRequest,
  minDenominator: number,
): Promise<IndicatorFigures> {
  const [villages, province, regions] = await Promise.all([
    readValueRows(db, { indicator, level: 'village', period }, minDenominator),
    readValueRows(db, { indicator, level: 'province', period, compare: previous }, minDenominator),
    listRegions(db, {}),
  ]);
  const values = villages.flatMap((row) => (row.value === null ? [] : [row.value]));
  const suppressed = villages.filter((row) => row.suppressed).length;
  const histogram = histogramOf(values, { integers: indicator.kind === 'count' });
  const jakartaValue = province[0]?.value;
  return {
    jakarta: province[0],
    histogram,
    jakartaBin: typeof jakartaValue === 'number' ? binIndexOf(histogram, jakartaValue) : -1,
    counts: { shown: values.length, suppressed, missing: villages.length - values.length - suppressed },
    extremes: rankExtremes(indicator, villages),
    placeNames: Object.fromEntries(
      regions.filter((region) => region.level !== 'village').map((region) => [region.code, region.name]),
    ),
  };
}
