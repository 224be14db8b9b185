import { RowChecker } from '../import/check-row';
import { type ColumnSpec, FILE_COLUMNS, SUBMISSION_FILES, type SubmissionFile } from '../import/columns';
import type { RegisterSession } from './session';

/**
 * Tables that hold one submission while it is checked across rows; they live only inside the import's
 * transaction. `stage_<file>` holds the rows that passed so far (rows rejected by a later rule are
 * deleted from it), `stage_issues` every rejection and conflict, and `stage_rejected_families` the key
 * of every rejected family so that its members can say why.
 *
 * On PostgreSQL the `stage_<file>` tables are unlogged tables in a schema of the import's own, named
 * after its connection and found through the transaction's search_path, rather than temporary tables:
 * parallel workers cannot read a temporary table, and the write of a new periode reads and joins
 * millions of staged rows with their help. Created in the import's transaction, the schema is dropped
 * before it commits (`dropStagingTables`) and vanishes with it when it rolls back. PGlite has no
 * parallel workers and keeps temporary tables.
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

async function stagingSchema(session: RegisterSession): Promise<string> {
  const [row] = await session.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  return `import_stage_${row?.pid ?? 0}`;
}

export async function createStagingTables(session: RegisterSession): Promise<void> {
  let create = (table: string, columns: string) => `CREATE TEMP TABLE ${table} (${columns}) ON COMMIT DROP`;
  if (session.driver === 'postgres') {
    const schema = await stagingSchema(session);
    await session.query(`CREATE SCHEMA ${schema}`);
    await session.query(
      `SELECT set_config('search_path', current_setting('search_path') || ', ${schema}', true)`,
    );
    create = (table, columns) => `CREATE UNLOGGED TABLE ${schema}.${table} (${columns})`;
  }
  for (const file of SUBMISSION_FILES) {
    const [, ...names] = RowChecker.stagingColumns(file);
    const columns = FILE_COLUMNS[file].map((column, index) => `${names[index]} ${sqlType(column)}`);
    await session.query(create(stagingTable(file), `line integer NOT NULL, ${columns.join(', ')}`));
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

/** Drops the staged rows once written (the rejections stay until the transaction ends). */
export async function dropStagingTables(session: RegisterSession): Promise<void> {
  if (session.driver === 'postgres')
    await session.query(`DROP SCHEMA ${await stagingSchema(session)} CASCADE`);
  else await session.query(`DROP TABLE ${SUBMISSION_FILES.map(stagingTable).join(', ')}`);
}

/** Temporary tables have no statistics until analysed; without them the planner picks nested loops over millions of rows. */
export async function analyseStagingTables(session: RegisterSession): Promise<void> {
  await session.query(`ANALYZE ${SUBMISSION_FILES.map(stagingTable).join(', ')}, stage_rejected_families`);
}
