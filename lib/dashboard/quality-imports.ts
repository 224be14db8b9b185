import type { ImportFileCounts } from '../db/schema';

export const COUNT_KINDS = ['accepted', 'replaced', 'unchanged', 'rejected'] as const;

/** The rows of a whole submission, its files added up; all zero for a refused one, which has no counts. */
export function importTotals(counts: Record<string, ImportFileCounts> | null): ImportFileCounts {
  const totals: ImportFileCounts = { accepted: 0, replaced: 0, unchanged: 0, rejected: 0 };
  for (const file of Object.values(counts ?? {}))
    for (const kind of COUNT_KINDS) totals[kind] += file[kind] ?? 0;
  return totals;
}

/** The first characters of a SHA-256, enough to tell submissions apart by eye. */
export const shortSha = (sha256: string) => sha256.slice(0, 12);
