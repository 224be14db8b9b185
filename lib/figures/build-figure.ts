import 'server-only';
import { notFound } from '../api/api-error';
import type { Database } from '../db/client';
import type { Indicator } from '../indicators/catalogue';
import { getRegion } from '../queries/get-region';
import type { RegionRow } from '../queries/list-regions';
import { buildHistogramFigure } from './build-histogram-figure';
import { buildMapFigure } from './build-map-figure';
import { buildTrendFigure } from './build-trend-figure';
import type { FigureContext } from './figure-context';
import type { FigureRequest } from './figure-params';
import type { Figure } from './figure-types';

export const FIGURE_KINDS = ['map', 'trend', 'histogram'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

/** The kota or kecamatan a map zooms to: a kelurahan zooms to its kecamatan, the province to all of Jakarta. */
async function mapFocus(db: Database, region: RegionRow | undefined): Promise<RegionRow | undefined> {
  if (!region || region.level === 'province') return undefined;
  if (region.level === 'village' && region.parent) return getRegion(db, region.parent);
  return region;
}

function boundariesMissing(): never {
  throw notFound(
    'Batas kelurahan belum dimuat, jadi peta tidak dapat digambar: jalankan npm run geo:import -- PATH.',
    'No kelurahan boundaries are loaded, so the map cannot be drawn: run npm run geo:import -- PATH.',
  );
}

/** One figure of the request for one indicator, as the page that asked for it shows it. */
export async function buildFigure(
  db: Database,
  kind: FigureKind,
  indicator: Indicator,
  request: FigureRequest,
  context: FigureContext,
): Promise<Figure> {
  if (kind === 'trend') return buildTrendFigure(db, { indicator, regions: request.regions }, context);
  if (kind === 'histogram') return buildHistogramFigure(db, { indicator, period: request.period }, context);
  const map = await buildMapFigure(
    db,
    {
      indicator,
      period: request.period,
      compare: request.compare ?? request.previous,
      mode: request.compare ? 'change' : 'value',
      method: request.method,
      focus: await mapFocus(db, request.regions[0]),
    },
    context,
  );
  return map ?? boundariesMissing();
}
