import 'server-only';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { importIssues } from '../db/schema';

/** How many rows of a periode were rejected for one reason in one column of one file. */
export type RejectionReasonCount = {
  reasonCode: string;
  file: string;
  column: string;
  rows: number;
  /** How many different messages the rows carry (a message may name the value or line it is about). */
  messages: number;
  /** One of those messages (the first in text order), in each language; never a NIK or No KK. */
  reasonId: string;
  reasonEn: string;
};

/** The rejected rows whose `periode` is the one asked for, counted by reason, file and column, most first. */
export async function listRejectionsByReason(
  db: Database,
  { period }: { period: string },
): Promise<RejectionReasonCount[]> {
  const rows = sql<number>`count(*)`.mapWith(Number);
  return db
    .select({
      reasonCode: importIssues.reasonCode,
      file: importIssues.file,
      column: importIssues.column,
      rows,
      messages: sql<number>`count(DISTINCT ${importIssues.reasonId})`.mapWith(Number),
      reasonId: sql<string>`min(${importIssues.reasonId})`,
      reasonEn: sql<string>`min(${importIssues.reasonEn})`,
    })
    .from(importIssues)
    .where(and(eq(importIssues.periode, period), eq(importIssues.kind, 'rejected')))
    .groupBy(importIssues.reasonCode, importIssues.file, importIssues.column)
    .orderBy(desc(rows), importIssues.reasonCode, importIssues.file, importIssues.column);
}
