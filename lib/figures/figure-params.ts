import 'server-only';
import { badParameter } from '../api/api-error';
import { periodsWithData, pickPeriod, requireRegion } from '../api/values-table';
import { CLASS_METHODS, type ClassMethod, DEFAULT_CLASS_METHOD, isClassMethod } from '../dashboard/classify';
import { DEFAULT_INDICATOR } from '../dashboard/view-params';
import type { Database } from '../db/client';
import { parseIndicatorList, parsePeriodParam } from '../indicator-filters';
import type { Indicator } from '../indicators/catalogue';
import type { PeriodRow } from '../queries/list-periods';
import type { RegionRow } from '../queries/list-regions';
import { parseRegionCodes } from '../region-values-params';

/** What an exported figure or deck shows, checked: every name in it exists. */
export type FigureRequest = {
  indicators: Indicator[];
  period: string;
  /** The periode before `period`, if any: what a value map's change and the notes compare with. */
  previous: string | undefined;
  /** An earlier periode: the figure is a change map. */
  compare: string | undefined;
  method: ClassMethod;
  regions: RegionRow[];
  periods: PeriodRow[];
};

function parseMethod(params: URLSearchParams): ClassMethod {
  const raw = params.get('classes')?.trim().toLowerCase() || DEFAULT_CLASS_METHOD;
  if (!isClassMethod(raw)) {
    const accepted = CLASS_METHODS.join(', ');
    throw badParameter('classes', { id: accepted, en: accepted }, raw);
  }
  return raw;
}

function readRegions(db: Database, params: URLSearchParams): Promise<RegionRow[]> {
  return Promise.all(parseRegionCodes(params, 0).map((code) => requireRegion(db, code, 'region')));
}

/**
 * The parameters of the figure and deck routes, in the API's names: `indicator` (one, or a comma list for a
 * deck), `period` (default: the latest), `compare` (an earlier periode: a change map), `classes` and `region`.
 */
export async function readFigureRequest(
  db: Database,
  params: URLSearchParams,
  maxIndicators: number,
): Promise<FigureRequest> {
  const indicators = parseIndicatorList(params, maxIndicators, DEFAULT_INDICATOR);
  const asked = parsePeriodParam(params, 'period');
  const askedCompare = parsePeriodParam(params, 'compare');
  const method = parseMethod(params);
  const periods = await periodsWithData(db);
  const { period } = pickPeriod(periods, { period: asked, compare: askedCompare });
  const compare = askedCompare;
  const index = periods.findIndex((row) => row.period === period);
  const regions = await readRegions(db, params);
  return { indicators, period, previous: periods[index - 1]?.period, compare, method, regions, periods };
}
