import type { ImportFileCounts } from '../../db/schema';
import type { SubmissionFile } from '../import/columns';
import type { Warning } from '../import/stage-submission';
import type { RegisterSession } from './session';

/** Rows of the import log and of its issues; the SQL of the import's bookkeeping. */
export type IssueEntry = { file: string; line: number; column: string; reason_id: string; reason_en: string };

export async function startImportLog(
  session: RegisterSession,
  entry: { startedAt: Date; sourceName: string; synthetic: boolean },
): Promise<number> {
  // The SHA-256 comes with the finish: the submission is hashed while the database works.
  const [row] = await session.query<{ id: number }>(
    `INSERT INTO imports (started_at, finished_at, duration_ms, source_name, source_sha256, status, synthetic)
     VALUES ($1, $1, 0, $2, '', 'processed', $3) RETURNING id`,
    [entry.startedAt, entry.sourceName, entry.synthetic],
  );
  return (row as { id: number }).id;
}

export async function finishImportLog(
  session: RegisterSession,
  importId: number,
  entry: {
    counts: Record<SubmissionFile, ImportFileCounts>;
    periods: string[];
    warnings: Warning[];
    startedAt: Date;
    sourceSha256: string;
  },
): Promise<void> {
  const finishedAt = new Date();
  await session.query(
    `INSERT INTO import_issues (import_id, kind, file, line, "column", reason_code, reason_id, reason_en, periode, kode_kelurahan)
     SELECT $1, kind, file, line, "column", reason_code, reason_id, reason_en, periode, kode_kelurahan
     FROM stage_issues ORDER BY file, line`,
    [importId],
  );
  await session.query(
    `UPDATE imports SET finished_at = $2, duration_ms = $3, counts = $4, periods = $5, warnings = $6,
       source_sha256 = $7 WHERE id = $1`,
    [
      importId,
      finishedAt,
      finishedAt.getTime() - entry.startedAt.getTime(),
      JSON.stringify(entry.counts),
      entry.periods,
      JSON.stringify(entry.warnings),
      entry.sourceSha256,
    ],
  );
}

/** A submission refused as a whole leaves only this line in the log. */
export async function logRefusedImport(
  query: RegisterSession['query'],
  entry: { startedAt: Date; sourceName: string; sourceSha256: string; reasonId: string; reasonEn: string },
): Promise<void> {
  const finishedAt = new Date();
  await query(
    `INSERT INTO imports (started_at, finished_at, duration_ms, source_name, source_sha256, status, refusal_id, refusal_en)
     VALUES ($1, $2, $3, $4, $5, 'refused', $6, $7)`,
    [
      entry.startedAt,
      finishedAt,
      finishedAt.getTime() - entry.startedAt.getTime(),
      entry.sourceName,
      entry.sourceSha256,
      entry.reasonId,
      entry.reasonEn,
    ],
  );
}

export async function rejectedCounts(session: RegisterSession): Promise<Map<string, number>> {
  const rows = await session.query<{ file: string; rejected: number }>(
    `SELECT file, count(*)::integer AS rejected FROM stage_issues WHERE kind = 'rejected' GROUP BY file`,
  );
  return new Map(rows.map((row) => [row.file, row.rejected]));
}

export async function stagedIssues(
  session: RegisterSession,
  kind: 'rejected' | 'conflict',
  limit: number,
): Promise<{ entries: IssueEntry[]; total: number }> {
  const entries = await session.query<IssueEntry>(
    `SELECT file, line, "column" AS column, reason_id, reason_en FROM stage_issues WHERE kind = $1
     ORDER BY file, line LIMIT $2`,
    [kind, limit],
  );
  const [count] = await session.query<{ total: number }>(
    'SELECT count(*)::integer AS total FROM stage_issues WHERE kind = $1',
    [kind],
  );
  return { entries, total: count?.total ?? 0 };
}

export async function listKelurahanCodes(session: RegisterSession): Promise<Set<string>> {
  const rows = await session.query<{ code: string }>(`SELECT code FROM regions WHERE level = 'village'`);
  return new Set(rows.map((row) => row.code));
}
