import { badParameter } from './api/api-error';
import { MAX_COMPARED } from './dashboard/compare-params';
import { levelOfCode, normaliseRegionCode } from './geo/region-codes';
import { commaList, optionalParam, parsePeriodParam } from './indicator-filters';

/** The parameters of `/api/v1/region-values.csv` and `.xlsx`, checked for form; existence is the route's. */
export type RegionValuesParams = {
  regions: string[];
  period?: string | undefined;
  compare?: string | undefined;
};

const ACCEPTED_REGIONS = {
  id: `satu sampai ${MAX_COMPARED} kode wilayah Kemendagri dipisah koma, dengan atau tanpa titik, mis. 31, 31.71, 31.71.01 atau 3171011001`,
  en: `one to ${MAX_COMPARED} comma-separated Kemendagri region codes, with or without dots, such as 31, 31.71, 31.71.01 or 3171011001`,
};

/** `region=31.71,3171011001`: dotted codes in the order given, without repeats; at least `minimum` of them. */
export function parseRegionCodes(params: URLSearchParams, minimum = 1): string[] {
  const raw = optionalParam(params, 'region') ?? '';
  const codes = [...new Set(commaList(raw).map(normaliseRegionCode))];
  const valid = codes.every((code) => levelOfCode(code) !== undefined);
  if (!valid || codes.length < minimum || codes.length > MAX_COMPARED)
    throw badParameter('region', ACCEPTED_REGIONS, raw);
  return codes;
}

export function parseRegionValuesParams(params: URLSearchParams): RegionValuesParams {
  return {
    regions: parseRegionCodes(params),
    period: parsePeriodParam(params, 'period'),
    compare: parsePeriodParam(params, 'compare'),
  };
}
