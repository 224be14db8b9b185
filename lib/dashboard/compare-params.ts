import { levelOfCode, normaliseRegionCode } from '../geo/region-codes';
import type { SearchParams } from './view-params';

/** How many regions the comparison sets side by side. */
export const MAX_COMPARED = 5;

/** The regions `wilayah` names, as dotted codes in the order given; `extra` counts those past the limit. */
export type ComparedCodes = { codes: string[]; extra: number };

/**
 * The codes of `wilayah` (`31.71,31.71.01.1001`, or ten-digit kelurahan codes), without repeats, the
 * first five of them; `undefined` when one is not a region code at all, which the page answers with its
 * not-found page. Whether each code exists is left to the page, which has the regions at hand.
 */
export function parseComparedCodes(searchParams: SearchParams): ComparedCodes | undefined {
  const raw = [searchParams.wilayah ?? []].flat().join(',');
  const codes = [
    ...new Set(
      raw
        .split(',')
        .map((code) => normaliseRegionCode(code))
        .filter(Boolean),
    ),
  ];
  if (codes.some((code) => levelOfCode(code) === undefined)) return undefined;
  return { codes: codes.slice(0, MAX_COMPARED), extra: Math.max(0, codes.length - MAX_COMPARED) };
}
