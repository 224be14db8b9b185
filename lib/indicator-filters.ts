import { badParameter, notFound } from './api/api-error';
import { parseRegionFilters, regionCodeSchema } from './filters';
import { levelOfCode, type RegionLevel } from './geo/region-codes';
import { findIndicator, INDICATOR_IDS, type Indicator } from './indicators/catalogue';
import { parsePeriod } from './register/periods';

/** The parameters of `/api/v1/values` (and its CSV and XLSX twins), checked for form; existence is the route's. */
export type ValuesParams = {
  indicator: Indicator;
  period?: string;
  level: RegionLevel;
  parent?: string;
  compare?: string;
};

export type SeriesParams = { indicator: Indicator; region: string; level: RegionLevel };

const ACCEPTED_PERIOD = {
  id: 'periode semester seperti 2025S1 (Januari-Juni) atau 2025S2 (Juli-Desember)',
  en: 'a half-year period such as 2025S1 (January-June) or 2025S2 (July-December)',
};

export function optionalParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name)?.trim();
  return value ? value : undefined;
}

/** `a, b,,a` → `['a', 'b']`: the items of a comma-separated parameter, trimmed, in order, without repeats. */
export function commaList(raw: string): string[] {
  return [...new Set(raw.split(',').map((item) => item.trim()))].filter(Boolean);
}

function findIndicatorParam(raw: string, name: string): Indicator {
  const indicator = findIndicator(raw);
  if (!indicator)
    throw notFound(
      `Indikator "${raw}" tidak ada dalam katalog. Lihat /api/v1/indicators.`,
      `There is no indicator "${raw}" in the catalogue. See /api/v1/indicators.`,
      { parameter: name },
    );
  return indicator;
}

/** `indicator` is required; one that is well formed but not in the catalogue is a 404. */
function parseIndicator(params: URLSearchParams): Indicator {
  const raw = optionalParam(params, 'indicator');
  const accepted = INDICATOR_IDS.join(', ');
  if (raw === undefined) throw badParameter('indicator', { id: accepted, en: accepted }, '');
  return findIndicatorParam(raw, 'indicator');
}

/** `indicator=a,b,c`: one or more indicators (at most `max`), each in the catalogue; `fallback` when absent. */
export function parseIndicatorList(params: URLSearchParams, max: number, fallback: string): Indicator[] {
  // Absent means the default; present but empty (`indicator=`) is a mistake worth naming.
  const raw = params.has('indicator') ? (params.get('indicator') ?? '') : fallback;
  const ids = commaList(raw);
  if (ids.length === 0 || ids.length > max)
    throw badParameter(
      'indicator',
      { id: `1 sampai ${max} id indikator dipisah koma`, en: `1 to ${max} comma-separated indicator ids` },
      raw,
    );
  return ids.map((id) => findIndicatorParam(id, 'indicator'));
}

export function parsePeriodParam(params: URLSearchParams, name: string): string | undefined {
  const raw = optionalParam(params, name);
  if (raw !== undefined && !parsePeriod(raw.toUpperCase())) throw badParameter(name, ACCEPTED_PERIOD, raw);
  return raw?.toUpperCase();
}

export function parseValuesParams(params: URLSearchParams): ValuesParams {
  const indicator = parseIndicator(params);
  // The default level takes part in the check that `parent` lies above it.
  const withLevel = new URLSearchParams(params);
  if (!optionalParam(params, 'level')) withLevel.set('level', 'village');
  const regions = parseRegionFilters(withLevel);
  return {
    indicator,
    period: parsePeriodParam(params, 'period'),
    level: regions.level ?? 'village',
    ...(regions.parent ? { parent: regions.parent } : {}),
    compare: parsePeriodParam(params, 'compare'),
  };
}

export function parseSeriesParams(params: URLSearchParams): SeriesParams {
  const indicator = parseIndicator(params);
  const raw = optionalParam(params, 'region') ?? '';
  const region = regionCodeSchema.safeParse(raw);
  const level = region.success ? levelOfCode(region.data) : undefined;
  if (!region.success || !level)
    throw badParameter(
      'region',
      {
        id: 'kode wilayah Kemendagri bertitik, mis. 31, 31.71, 31.71.01 atau 31.71.01.1001',
        en: 'a dotted Kemendagri region code such as 31, 31.71, 31.71.01 or 31.71.01.1001',
      },
      raw,
    );
  return { indicator, region: region.data, level };
}
