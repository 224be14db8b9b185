/** How a table is sorted: by which column, and which way. */
export type SortState<Column extends string> = { column: Column; descending: boolean };

/**
 * Orders two sort keys, text by Indonesian rules and numbers by size; a missing key (withheld, no
 * data) sorts last whichever the direction.
 */
export function compareSortKeys(
  x: string | number | null,
  y: string | number | null,
  descending: boolean,
): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  const order = typeof x === 'string' ? x.localeCompare(String(y), 'id') : x - (y as number);
  return descending ? -order : order;
}
