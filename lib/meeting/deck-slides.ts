import 'server-only';
import { badParameter } from '../api/api-error';
import { MAX_COMPARED } from '../dashboard/compare-params';
import { regionLabel } from '../dashboard/region-label';
import type { Database } from '../db/client';
import { buildFigure } from '../figures/build-figure';
import { compareBarsFigure } from '../figures/compare-bars-figure';
import type { FigureContext } from '../figures/figure-context';
import type { FigureRequest } from '../figures/figure-params';
import type { Figure } from '../figures/figure-types';
import { PROVINCE_CODE } from '../geo/region-codes';
import type { Indicator } from '../indicators/catalogue';
import { getRegion } from '../queries/get-region';
import { listRegions, type RegionRow } from '../queries/list-regions';
import type { DeckView } from './deck-views';
import { readRegionValues } from './region-values';
import type { NamedValue } from './slide-notes';

/** A planned slide: its figure and the regions whose value and n the speaker notes give. */
export type PlannedSlide = { figure: Figure; values: NamedValue[] };

const JAKARTA: RegionRow = { code: PROVINCE_CODE, name: 'DKI Jakarta', level: 'province', parent: null };

type SlideInput = { db: Database; indicator: Indicator; request: FigureRequest; context: FigureContext };

async function namedValues({ db, indicator, request, context }: SlideInput, regions: RegionRow[]) {
  const values = await readRegionValues(
    db,
    { indicator, codes: regions.map((region) => region.code), period: request.period },
    context.minDenominator,
  );
  return regions.map((region) => ({
    name: regionLabel(region, context.t),
    shown: values.get(region.code) ?? { numerator: null, denominator: null, value: null, suppressed: false },
  }));
}

async function figureFor(input: SlideInput, kind: 'map' | 'trend', overrides: Partial<FigureRequest>) {
  return buildFigure(input.db, kind, input.indicator, { ...input.request, ...overrides }, input.context);
}

/** The overview's slides of an indicator: the map of Jakarta, then the trend of Jakarta and its kota. */
async function overviewSlides(input: SlideInput): Promise<PlannedSlide[]> {
  const cities = await listRegions(input.db, { level: 'city' });
  const plain = { regions: [], compare: undefined, method: input.request.method };
  return [
    { figure: await figureFor(input, 'map', plain), values: await namedValues(input, [JAKARTA]) },
    {
      figure: await figureFor(input, 'trend', plain),
      values: await namedValues(input, [JAKARTA, ...cities]),
    },
  ];
}

/** The map page's slide: the map as it was asked for (change, classes, zoom). */
async function mapSlides(input: SlideInput): Promise<PlannedSlide[]> {
  const focus = input.request.regions[0] ?? JAKARTA;
  return [{ figure: await figureFor(input, 'map', {}), values: await namedValues(input, [focus]) }];
}

/** A profile's slides: the trend of Jakarta, the region and its parent; a kota or kecamatan's map too. */
async function profileSlides(input: SlideInput, region: RegionRow): Promise<PlannedSlide[]> {
  if (region.level === 'province') return overviewSlides(input);
  const lineage = [JAKARTA, region];
  if (region.parent && region.parent !== PROVINCE_CODE) {
    const parent = await getRegion(input.db, region.parent);
    if (parent) lineage.push(parent);
  }
  const values = await namedValues(input, lineage);
  const trend = { figure: await figureFor(input, 'trend', { regions: lineage }), values };
  if (region.level === 'village') return [trend];
  const map = await figureFor(input, 'map', { regions: [region], compare: undefined });
  return [trend, { figure: map, values: await namedValues(input, [region]) }];
}

/** A comparison's slides: the regions' values side by side as bars, then their trends. */
async function compareSlides(input: SlideInput): Promise<PlannedSlide[]> {
  const values = await namedValues(input, input.request.regions);
  const bars = compareBarsFigure(input.indicator, values, input.request.period, input.context);
  return [
    { figure: bars, values },
    { figure: await figureFor(input, 'trend', {}), values },
  ];
}

/** A profile deck needs one region, a comparison one to five: a 400 naming `region` otherwise. */
export function requireRegions(request: FigureRequest, view: DeckView): RegionRow {
  const [first] = request.regions;
  const most = view === 'profile' ? 1 : MAX_COMPARED;
  if (!first || request.regions.length > most)
    throw badParameter(
      'region',
      view === 'profile'
        ? { id: 'satu kode wilayah (profil)', en: 'one region code (a profile)' }
        : {
            id: `satu sampai ${MAX_COMPARED} kode wilayah (perbandingan)`,
            en: `one to ${MAX_COMPARED} region codes (a comparison)`,
          },
      request.regions.map((region) => region.code).join(','),
    );
  return first;
}

/** The slides of one indicator in a deck of the given view, in the order the page shows them. */
export async function planSlides(view: DeckView, input: SlideInput): Promise<PlannedSlide[]> {
  if (view === 'overview') return overviewSlides(input);
  if (view === 'map') return mapSlides(input);
  const region = requireRegions(input.request, view);
  return view === 'profile' ? profileSlides(input, region) : compareSlides(input);
}
