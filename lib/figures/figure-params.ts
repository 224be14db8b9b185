import 'server-only';
import { badParameter, notFound } from '../api/api-error';
import { findPeriod, periodsWithData } from '../api/values-table';
import { CLASS_METHODS, type ClassMethod, DEFAULT_CLASS_METHOD, isClassMethod } from '../dashboard/classify';
import { DEFAULT_INDICATOR } from '../dashboard/view-params';
import type { Database } from '../db/client';
import { normaliseRegionCode } from '../geo/region-codes';
import { parseIndicatorList, parsePeriodParam } from '../indicator-filters';
import type { Indicator } from '../indicators/catalogue';
import { getRegion } from '../queries/get-region';
import type { PeriodRow } from '../queries/list-periods';
import type { RegionRow } from '../queries/list-regions';

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

export const MAX_FIGURE_REGIONS = 5;

function parseMethod(params: URLSearchParams): ClassMethod {
  const raw = params.get('classes')?.trim().toLowerCase() || DEFAULT_CLASS_METHOD;
  if (!isClassMethod(raw)) {
    const accepted = CLASS_METHODS.join(', ');
    throw badParameter('classes', { id: accepted, en: accepted }, raw);
  }
  return raw;
}

async function readRegions(db: Database, params: URLSearchParams): Promise<RegionRow[]> {
  const raw = params.get('region')?.trim() ?? '';
  const codes = [
    ...new Set(
      raw
        .split(',')
        .map((code) => code.trim())
        .filter(Boolean),
    ),
  ];
  if (codes.length > MAX_FIGURE_REGIONS)
    throw badParameter(
      'region',
      {
        id: `sampai ${MAX_FIGURE_REGIONS} kode wilayah dipisah koma`,
        en: `up to ${MAX_FIGURE_REGIONS} comma-separated region codes`,
      },
      raw,
    );
  return Promise.all(
    codes.map(async (code) => {
      const region = await getRegion(db, normaliseRegionCode(code));
      if (!region)
        throw notFound(
          `Wilayah dengan kode ${code} tidak ada di DKI Jakarta.`,
          `There is no region with code ${code} in DKI Jakarta.`,
          { parameter: 'region' },
        );
      return region;
    }),
  );
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
  const period = findPeriod(periods, 'period', asked ?? (periods.at(-1) as PeriodRow).period).period;
  const compare = askedCompare ? findPeriod(periods, 'compare', askedCompare).period : undefined;
  if (compare && compare >= period)
    throw badParameter(
      'compare',
      { id: `periode sebelum ${period}`, en: `a period before ${period}` },
      compare,
    );
  const index = periods.findIndex((row) => row.period === period);
  const regions = await readRegions(db, params);
  return { indicators, period, previous: periods[index - 1]?.period, compare, method, regions, periods };
}
