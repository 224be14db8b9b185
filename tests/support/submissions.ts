import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseHandle } from '@/lib/db/client';
import { readEnv } from '@/lib/env';
import { SUBMISSION_FILES, type SubmissionFile } from '@/lib/register/import/columns';
import {
  type ImportOptions,
  type ImportReport,
  importSubmission,
  type ProcessedReport,
} from '@/lib/register/import-submission';
import { registerQuery } from '@/lib/register/store/session';
import { FIXTURES } from './paths';

/** The hand-made submission in tests/fixtures/submission: 3 families, 8 persons, 4 dwellings, 2 targets in 2025S1. */
export const FIXTURE_SUBMISSION = path.join(FIXTURES, 'submission');
export const TEST_ENV = readEnv({
  IDENTITY_KEY: 'kunci-uji-yang-cukup-panjang-0123456789',
} as unknown as NodeJS.ProcessEnv);

export function fixtureLines(file: SubmissionFile): string[] {
  return readFileSync(path.join(FIXTURE_SUBMISSION, `${file}.csv`), 'utf8')
    .trimEnd()
    .split('\n');
}

/** One change to the fixture: a cell set by line (1 = header) and column name, a row appended, or a line removed. */
export type FixtureChange =
  | { file: SubmissionFile; line: number; column: string; value: string }
  | { file: SubmissionFile; append: string }
  | { file: SubmissionFile; removeLine: number };

function setCell(lines: string[], line: number, column: string, value: string): void {
  const header = (lines[0] as string).split(',');
  const index = header.indexOf(column);
  if (index === -1) throw new Error(`no column ${column}`);
  // The fixture quotes only kelompok_dasawisma of one row; cells are edited on rows without quotes.
  const cells = (lines[line - 1] as string).split(',');
  cells[index] = value;
  lines[line - 1] = cells.join(',');
}

/** Writes the fixture with the changes applied to a new temporary folder and returns its path. */
export function fixtureWith(
  changes: FixtureChange[] = [],
  contents: Partial<Record<SubmissionFile, string | Buffer>> = {},
): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'jk-submission-'));
  for (const file of SUBMISSION_FILES) {
    const lines = fixtureLines(file);
    for (const change of changes.filter((candidate) => candidate.file === file)) {
      if ('append' in change) lines.push(change.append);
      else if ('removeLine' in change) lines.splice(change.removeLine - 1, 1);
      else setCell(lines, change.line, change.column, change.value);
    }
    writeFileSync(path.join(folder, `${file}.csv`), contents[file] ?? `${lines.join('\n')}\n`);
  }
  return folder;
}

export function importForTest(
  handle: DatabaseHandle,
  submissionPath: string,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return importSubmission(handle, submissionPath, { env: TEST_ENV, ...options });
}

export async function importProcessed(
  handle: DatabaseHandle,
  submissionPath: string,
  options: ImportOptions = {},
): Promise<ProcessedReport> {
  const report = await importForTest(handle, submissionPath, options);
  if (report.status !== 'processed') throw new Error(`refused: ${report.reason_en}`);
  return report;
}

const REGISTER_TABLES = ['families', 'persons', 'dwellings', 'targets'] as const;

/** Every row of the register, in a stable order, for before/after comparisons. */
export async function registerSnapshot(handle: DatabaseHandle): Promise<Record<string, unknown[]>> {
  const snapshot: Record<string, unknown[]> = {};
  for (const table of REGISTER_TABLES)
    snapshot[table] = await registerQuery(handle, `SELECT * FROM ${table} ORDER BY 1, 2, 3`);
  return snapshot;
}

/** Every row of every table of the database as text, to search for what must never be stored. */
export async function dumpAllTables(handle: DatabaseHandle): Promise<string> {
  const tables = await registerQuery<{ name: string }>(
    handle,
    `SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) AS name FROM information_schema.tables
     WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_type = 'BASE TABLE'`,
  );
  let dump = '';
  for (const { name } of tables) {
    const rows = await registerQuery<{ row: string }>(handle, `SELECT t::text AS row FROM ${name} t`);
    dump += `${name}\n${rows.map((row) => row.row).join('\n')}\n`;
  }
  return dump;
}
