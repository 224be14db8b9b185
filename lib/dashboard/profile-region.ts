import type { RegionLevel } from '../geo/region-codes';
import type { RegionRow } from '../queries/list-regions';

/** A region with every region above it, the province first and the region itself last. */
export type Lineage = RegionRow[];

const CHILD_LEVEL: Record<RegionLevel, RegionLevel | undefined> = {
  province: 'city',
  city: 'district',
  district: 'village',
  village: undefined,
};

/** The region a profile is about: the last of its lineage. */
export const profiled = (lineage: Lineage): RegionRow => lineage.at(-1) as RegionRow;

/** The level of the regions directly below: kota below the province, down to none below a kelurahan. */
export const childLevel = (level: RegionLevel): RegionLevel | undefined => CHILD_LEVEL[level];

/** The region directly above (none for the province). */
export const parentOf = (lineage: Lineage): RegionRow | undefined => lineage.at(-2);

/**
 * The region whose regions of the same level a region is ranked among: the kota for a kelurahan (as
 * "12 of 65 kelurahan in Jakarta Selatan") and for a kecamatan, the province for a kota; none for the
 * province.
 */
export function rankScope(lineage: Lineage): RegionRow | undefined {
  const { level } = profiled(lineage);
  if (level === 'province') return undefined;
  return level === 'city' ? lineage[0] : lineage[1];
}
