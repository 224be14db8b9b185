import type { Freshness } from './quality-freshness';
import type { KelurahanQuality } from './quality-kelurahan';

export const QUALITY_COLUMNS = [
  'name',
  'district',
  'city',
  'families',
  'target',
  'coverage',
  'lastPendataan',
  'freshness',
] as const;
export type QualityColumn = (typeof QUALITY_COLUMNS)[number];
export type QualitySort = { column: QualityColumn; descending: boolean };

/** Worst first: the kelurahan to chase (never visited, then not visited this periode), lowest coverage first. */
export const DEFAULT_QUALITY_SORT: QualitySort = { column: 'freshness', descending: false };

const FRESHNESS_RANK: Record<Freshness, number> = { never: 0, stale: 1, current: 2 };

function sortKey(row: KelurahanQuality, column: QualityColumn): string | number | null {
  switch (column) {
    case 'name':
    case 'district':
    case 'city':
    case 'lastPendataan':
      return row[column];
    case 'families':
      return row.families;
    case 'target':
      return row.coverage.denominator;
    case 'coverage':
      return row.coverage.value;
    case 'freshness':
      return FRESHNESS_RANK[row.freshness];
  }
}

/** Compares two keys; a missing key (withheld, no target, never visited) sorts last whichever the direction. */
function compareKeys(x: string | number | null, y: string | number | null, descending: boolean): number {
  if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
  const order = typeof x === 'string' ? x.localeCompare(y as string, 'id') : x - (y as number);
  return descending ? -order : order;
}

/**
 * The rows in the order asked for; ties are broken by the lowest coverage, then by name, so that within
 * a group the kelurahan most in need of attention come first.
 */
export function sortKelurahanQuality(
  rows: readonly KelurahanQuality[],
  sort: QualitySort,
): KelurahanQuality[] {
  return [...rows].sort(
    (a, b) =>
      compareKeys(sortKey(a, sort.column), sortKey(b, sort.column), sort.descending) ||
      compareKeys(a.coverage.value, b.coverage.value, false) ||
      a.name.localeCompare(b.name, 'id'),
  );
}

/**
 * Whether a column sorts descending when first chosen: counts from the largest; names from A, and
 * coverage, dates and status from the worst (lowest, oldest, never visited).
 */
export const firstDescending = (column: QualityColumn): boolean =>
  column === 'families' || column === 'target';
