import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { imports, indicatorValues } from '../db/schema';

export type PeriodRow = {
  period: string;
  /** True when every import that brought data of this periode was synthetic (the demo). */
  synthetic: boolean;
  /** When the last import that touched this periode finished. */
  lastImportAt: Date | null;
};

/** The periods that have indicator values, oldest first, with where their data came from. */
export async function listPeriods(db: Database): Promise<PeriodRow[]> {
  const withValues = db.selectDistinct({ periode: indicatorValues.periode }).from(indicatorValues).as('v');
  return db
    .select({
      period: withValues.periode,
      synthetic: sql<boolean>`coalesce(bool_and(${imports.synthetic}), false)`,
      lastImportAt: sql<Date | null>`max(${imports.finishedAt})`.mapWith(imports.finishedAt),
    })
    .from(withValues)
    .leftJoin(
      imports,
      and(eq(imports.status, 'processed'), sql`${withValues.periode} = ANY (${imports.periods})`),
    )
    .groupBy(withValues.periode)
    .orderBy(asc(withValues.periode));
}
