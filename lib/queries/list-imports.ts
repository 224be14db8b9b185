import 'server-only';
import { desc, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { type ImportFileCounts, type ImportStatus, imports } from '../db/schema';

/** One submission as the import log keeps it: never a row of its contents. */
export type ImportLogRow = {
  id: number;
  startedAt: Date;
  finishedAt: Date;
  durationMs: number;
  sourceName: string;
  sourceSha256: string;
  status: ImportStatus;
  /** Per file (keluarga, individu, hunian, target); null for a refused submission. */
  counts: Record<string, ImportFileCounts> | null;
  periods: string[];
  synthetic: boolean;
  refusalId: string | null;
  refusalEn: string | null;
  warnings: number;
};

/** The newest imports first, at most `limit` of them, and how many the log holds in all. */
export async function listImports(
  db: Database,
  { limit }: { limit: number },
): Promise<{ rows: ImportLogRow[]; total: number }> {
  const [rows, [count]] = await Promise.all([
    db
      .select({
        id: imports.id,
        startedAt: imports.startedAt,
        finishedAt: imports.finishedAt,
        durationMs: imports.durationMs,
        sourceName: imports.sourceName,
        sourceSha256: imports.sourceSha256,
        status: imports.status,
        counts: imports.counts,
        periods: imports.periods,
        synthetic: imports.synthetic,
        refusalId: imports.refusalId,
        refusalEn: imports.refusalEn,
        warnings: sql<number>`jsonb_array_length(${imports.warnings})`.mapWith(Number),
      })
      .from(imports)
      .orderBy(desc(imports.startedAt), desc(imports.id))
      .limit(limit),
    db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(imports),
  ]);
  return { rows, total: count?.total ?? 0 };
}
