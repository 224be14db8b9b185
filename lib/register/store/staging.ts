import { RowChecker } from '../import/check-row';
import { type ColumnSpec, FILE_COLUMNS, SUBMISSION_FILES, type SubmissionFile } from '../import/columns';
import type { RegisterSession } from './session';

/**
 * Temporary tables that hold one submission while it is checked across rows; they live only inside
 * the import's transaction. `stage_<file>` holds the rows that passed so far (rows rejected by a
 * later rule are deleted from it), `stage_issues` every rejection and conflict, and
 * `stage_rejected_families` the key of every rejected family so that its members can say why.
 */
export const stagingTable = (file: SubmissionFile) => `stage_${file}`;

function sqlType(column: ColumnSpec): string {
  switch (column.kind) {
    case 'date':
      return 'date';
    case 'integer':
      return 'integer';
    case 'identity':
      return 'bytea';
    case 'boolean':
      return 'boolean';
    case 'area':
      return 'numeric';
    default:
      return 'text';
  }
}

export const ISSUE_COLUMNS = [
  'kind',
  'file',
  'line',
  'column',
  'reason_code',
  'reason_id',
  'reason_en',
  'periode',
  'kode_kelurahan',
] as const;

export async function createStagingTables(session: RegisterSession): Promise<void> {
  for (const file of SUBMISSION_FILES) {
    const [, ...names] = RowChecker.stagingColumns(file);
    const columns = FILE_COLUMNS[file].map((column, index) => `${names[index]} ${sqlType(column)}`);
    await session.query(
      `CREATE TEMP TABLE ${stagingTable(file)} (line integer NOT NULL, ${columns.join(', ')}) ON COMMIT DROP`,
    );
  }
  await session.query(
    `CREATE TEMP TABLE stage_issues (kind text NOT NULL, file text NOT NULL, line integer NOT NULL,
       "column" text NOT NULL, reason_code text NOT NULL, reason_id text NOT NULL, reason_en text NOT NULL,
       periode text, kode_kelurahan text) ON COMMIT DROP`,
  );
  await session.query(
    'CREATE TEMP TABLE stage_rejected_families (periode text NOT NULL, kk_hash bytea NOT NULL) ON COMMIT DROP',
  );
}

/** Temporary tables have no statistics until analysed; without them the planner picks nested loops over millions of rows. */
export async function analyseStagingTables(session: RegisterSession): Promise<void> {
  await session.query(`ANALYZE ${SUBMISSION_FILES.map(stagingTable).join(', ')}, stage_rejected_families`);
}
