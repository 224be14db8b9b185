export const PROVINCE_CODE = '31';
/** Drawn in an inset on every map, as Jakarta's own maps do, rather than as specks far off the mainland. */
export const KEPULAUAN_SERIBU_CODE = '31.01';

export const REGION_LEVELS = ['province', 'city', 'district', 'village'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

/** Indonesian names of the levels, accepted wherever a level is asked for. */
export const LEVEL_ALIASES: Record<string, RegionLevel> = {
  provinsi: 'province',
  kota: 'city',
  kabupaten: 'city',
  kecamatan: 'district',
  kelurahan: 'village',
  desa: 'village',
};

const LEVEL_BY_SEGMENTS: Record<number, RegionLevel> = {
  1: 'province',
  2: 'city',
  3: 'district',
  4: 'village',
};

/** The level a dotted Kemendagri code names, or undefined when it is not one: `31.71.01` is a kecamatan. */
export function levelOfCode(code: string): RegionLevel | undefined {
  if (!/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(code)) return undefined;
  return LEVEL_BY_SEGMENTS[code.split('.').length];
}

/** Where the dots go in a code written without them, by its length: `3171` → `31.71`. */
const DOTTED_LENGTHS: Record<number, number[]> = { 4: [2], 6: [2, 4], 10: [2, 4, 6] };

/**
 * Accepts `3171011001` as well as `31.71.01.1001` (and `3171`, `317101` for a kota and a kecamatan), as some
 * sources write codes without dots.
 */
export function normaliseRegionCode(raw: string): string {
  const trimmed = raw.trim();
  const cuts = /^\d+$/.test(trimmed) ? DOTTED_LENGTHS[trimmed.length] : undefined;
  if (!cuts) return trimmed;
  return [0, ...cuts].map((start, index) => trimmed.slice(start, cuts[index])).join('.');
}
