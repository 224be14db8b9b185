import 'server-only';
import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { indicatorName } from '../dashboard/indicator-options';
import { countedWithin, legendEntries, legendTitle, paintsOf } from '../dashboard/map-legend-entries';
import { getMapView, type MapViewRequest } from '../dashboard/map-view';
import { regionLabel } from '../dashboard/region-label';
import type { Database } from '../db/client';
import { formatCount } from '../format';
import type { KelurahanProperties, OutlineProperties } from '../geo/build-geo-assets';
import { periodLabel } from '../i18n/period-label';
import { getGeoAsset } from '../queries/get-geo-asset';
import type { RegionRow } from '../queries/list-regions';
import { type FigureContext, sourceLine } from './figure-context';
import type { MapFigure } from './figure-types';

export type MapFigureRequest = MapViewRequest & {
  /** The kota or kecamatan the map is zoomed to; all of Jakarta without one. */
  focus?: RegionRow | undefined;
};

type Geometry = Pick<MapFigure, 'kelurahan' | 'outlines'>;

async function readGeometry(db: Database): Promise<Geometry | undefined> {
  const [kelurahan, outlines] = await Promise.all([
    getGeoAsset(db, 'kelurahan'),
    getGeoAsset(db, 'outlines'),
  ]);
  if (!kelurahan || !outlines) return undefined;
  return {
    kelurahan: JSON.parse(kelurahan.body) as FeatureCollection<Polygon | MultiPolygon, KelurahanProperties>,
    outlines: JSON.parse(outlines.body) as FeatureCollection<MultiLineString, OutlineProperties>,
  };
}

const within = (code: string, focus: RegionRow | undefined) => !focus || code.startsWith(`${focus.code}.`);

/**
 * The map of an indicator as the map page draws it (the same classes, colours and key), ready to be drawn
 * from the boundaries themselves; `undefined` when no boundaries are loaded.
 */
export async function buildMapFigure(
  db: Database,
  request: MapFigureRequest,
  context: FigureContext,
): Promise<MapFigure | undefined> {
  const { t, minDenominator } = context;
  const [geometry, view] = await Promise.all([readGeometry(db), getMapView(db, request, minDenominator)]);
  if (!geometry) return undefined;
  const { indicator, period, compare, focus } = request;
  const name = indicatorName(indicator, t);
  const compareLabel = compare ? periodLabel(t, compare) : undefined;
  const title =
    view.mode === 'change' && compareLabel
      ? t('figure.mapChangeTitle', { indicator: name, period: compareLabel })
      : t('figure.mapTitle', { indicator: name });
  // The classes stay those of all Jakarta, so colours mean the same on every map; the key counts what is shown.
  const shown = countedWithin(view, (code) => within(code, focus));
  const withheld = shown.suppressed.count;
  const count = (value: number) => formatCount(value, t.numberLocale);
  return {
    kind: 'map',
    title,
    subtitle: `${focus ? regionLabel(focus, t) : 'DKI Jakarta'} · ${periodLabel(t, period)}`,
    source: sourceLine(context, view.mode === 'change' && compare ? [compare, period] : [period]),
    notes: [
      ...(focus ? [t('figure.zoomedClassesNote')] : []),
      ...(withheld > 0
        ? [t('figure.suppressedNote', { count: count(withheld), min: count(minDenominator) })]
        : []),
    ],
    ...geometry,
    fills: paintsOf(view),
    focus: focus?.code,
    legendTitle: legendTitle(view, t, compareLabel),
    legend: legendEntries(shown, indicator, t, minDenominator).map((entry) => ({
      colour: entry.colour,
      label: `${entry.label} (${t('legend.count', { count: count(entry.count) })})`,
      ...(entry.empty ? { empty: true } : {}),
    })),
  };
}
