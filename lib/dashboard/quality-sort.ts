import { compareSortKeys, type SortState } from '../sort-keys';
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
export type QualitySort = SortState<QualityColumn>;

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
      compareSortKeys(sortKey(a, sort.column), sortKey(b, sort.column), sort.descending) ||
      compareSortKeys(a.coverage.value, b.coverage.value, false) ||
      a.name.localeCompare(b.name, 'id'),
  );
}

/**
 * Whether a column sorts descending when first chosen: counts from the largest; names from A, and
 * coverage, dates and status from the worst (lowest, oldest, never visited).
 */
export const firstDescending = (column: QualityColumn): boolean =>
  column === 'families' || column === 'target';
