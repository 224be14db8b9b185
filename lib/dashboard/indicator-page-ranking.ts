import type { ValueRow } from '../api/values-table';
import type { Indicator } from '../indicators/catalogue';
import { improvement } from '../indicators/present';

/** A region with its place among those with a shown value, 1 being the best (or the highest). */
export type RankedRow = ValueRow & { rank: number };

export type Extremes = { best: RankedRow[]; worst: RankedRow[]; ranked: number };

/**
 * The best and the worst regions by the indicator's direction (for a neutral one, the highest and the
 * lowest), at most `count` of each, the worst listed worst first. Withheld and missing values take no
 * part; when fewer than twice `count` have a value, the two lists share them out without overlapping.
 */
export function rankExtremes(indicator: Indicator, rows: ValueRow[], count = 10): Extremes {
  const shown = rows.filter((row) => row.value !== null);
  const score = (row: ValueRow) => improvement(indicator, row.value as number);
  const ranked = [...shown]
    .sort((a, b) => score(b) - score(a) || a.name.localeCompare(b.name, 'id'))
    .map((row, index) => ({ ...row, rank: index + 1 }));
  const bestCount = Math.min(count, Math.ceil(ranked.length / 2));
  const worstCount = Math.min(count, ranked.length - bestCount);
  return {
    best: ranked.slice(0, bestCount),
    worst: ranked.slice(ranked.length - worstCount).reverse(),
    ranked: ranked.length,
  };
}
