import type { Indicator } from '../indicators/catalogue';
import { improvement } from '../indicators/present';

/** A place among siblings: 1 is the best, `of` how many siblings have a shown value. */
export type SiblingRank = { rank: number; of: number };

/**
 * The place of `code` among its siblings' values, 1 being the best by the indicator's direction (for a
 * neutral indicator, the highest value); equal values share a place (1, 2, 2, 4). Withheld and missing
 * values take no place, so the region has none when its own value is not shown.
 */
export function rankAmongSiblings(
  indicator: Indicator,
  siblings: { code: string; value: number | null }[],
  code: string,
): SiblingRank | null {
  const score = (value: number) =>
    indicator.direction === 'neutral' ? value : improvement(indicator, value);
  const scores = siblings.flatMap((sibling) => (sibling.value === null ? [] : [score(sibling.value)]));
  const own = siblings.find((sibling) => sibling.code === code)?.value;
  if (own === null || own === undefined) return null;
  const mine = score(own);
  return { rank: 1 + scores.filter((other) => other > mine).length, of: scores.length };
}
