import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { importIssues, imports } from '../db/schema';

/** How many rows of a periode one import rejected. */
export type ImportRejectionCount = {
  importId: number;
  sourceName: string;
  finishedAt: Date;
  synthetic: boolean;
  rows: number;
};

/** The imports that rejected rows of the periode, newest first, with how many of its rows each rejected. */
export async function listRejectionsByImport(
  db: Database,
  { period }: { period: string },
): Promise<ImportRejectionCount[]> {
  const counted = db
    .select({ importId: importIssues.importId, rows: sql<number>`count(*)`.as('rows') })
    .from(importIssues)
    .where(and(eq(importIssues.periode, period), eq(importIssues.kind, 'rejected')))
    .groupBy(importIssues.importId)
    .as('counted');
  return db
    .select({
      importId: imports.id,
      sourceName: imports.sourceName,
      finishedAt: imports.finishedAt,
      synthetic: imports.synthetic,
      rows: sql<number>`${counted.rows}`.mapWith(Number),
    })
    .from(counted)
    .innerJoin(imports, eq(imports.id, counted.importId))
    .orderBy(desc(imports.startedAt), desc(imports.id));
}
