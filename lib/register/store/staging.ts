import { RowChecker } from '../import/check-row';
import { type ColumnSpec, FILE_COLUMNS, SUBMISSION_FILES, type SubmissionFile } from '../import/columns';
import type { RegisterSession } from './session';

/**
 * Tables that hold one submission while it is checked across rows; they live only inside the import's
 * transaction. `stage_<file>` holds the rows that passed so far (rows rejected by a later rule are
 * deleted from it), `stage_issues` every rejection and conflict, and `stage_rejected_families` the key
 * of every rejected family so that its members can say why.
 *
 * On PostgreSQL every table the rules and the write read (`stage_<file>`, `stage_rejected_families`,
 * and each rule's `stage_found`) is an unlogged table in a schema of the import's own, named after its
 * connection and found through the transaction's search_path (after the schemas already there, so that
 * the register's own tables are still created where they were), rather than a temporary table: parallel
 * workers cannot read a temporary table, and the rules and the write of a new periode read and join
 * millions of staged rows with their help. Created in the import's transaction, the schema is dropped
 * before it commits (`dropStagingTables`) and vanishes with it when it rolls back. `stage_issues` is
 * read after that and stays temporary. PGlite has no parallel workers and keeps temporary tables.
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

/** How a table of the staging begins and ends: `CREATE … <name> <definition> <ending>`. */
async function stagedTable(session: RegisterSession): Promise<{ create: string; ending: string }> {
  if (session.driver === 'pglite') return { create: 'CREATE TEMP TABLE ', ending: 'ON COMMIT DROP' };
  return { create: `CREATE UNLOGGED TABLE ${await stagingSchema(session)}.`, ending: '' };
}

export async function createStagingTables(session: RegisterSession): Promise<void> {
  if (session.driver === 'postgres') {
    const schema = await stagingSchema(session);
    await session.query(`CREATE SCHEMA ${schema}`);
    await session.query(
      `SELECT set_config('search_path', current_setting('search_path') || ', ${schema}', true)`,
    );
  }
  const { create, ending } = await stagedTable(session);
  for (const file of SUBMISSION_FILES) {
    const [, ...names] = RowChecker.stagingColumns(file);
    const columns = FILE_COLUMNS[file].map((column, index) => `${names[index]} ${sqlType(column)}`);
    await session.query(
      `${create}${stagingTable(file)} (line integer NOT NULL, ${columns.join(', ')}) ${ending}`,
    );
  }
  await session.query(
    `${create}stage_rejected_families (periode text NOT NULL, kk_hash bytea NOT NULL) ${ending}`,
  );
  // Read after the staging is dropped: temporary on either driver.
  await session.query(
    `CREATE TEMP TABLE stage_issues (kind text NOT NULL, file text NOT NULL, line integer NOT NULL,
       "column" text NOT NULL, reason_code text NOT NULL, reason_id text NOT NULL, reason_en text NOT NULL,
       periode text, kode_kelurahan text) ON COMMIT DROP`,
  );
}

/**
 * Runs `body` with passing rows from parallel workers priced low. The planner weighs that transfer
 * against a serial plan but misjudges both statements it is used for: what the importing backend
 * does with the rows (writing a partition) costs far more than their passing, and a rule's filter
 * lets through far fewer rows than it guesses (usually none). Measured at 11 million persons: a new
 * partition 13.5 s in parallel against 18 s alone, the rule matching persons to families 2.8 s
 * against 4.8 s.
 */
export async function withCheapParallelRows<T>(session: RegisterSession, body: () => Promise<T>): Promise<T> {
  const [before] = await session.query<{ cost: string }>(
    `SELECT current_setting('parallel_tuple_cost') AS cost`,
  );
  await session.query('SET LOCAL parallel_tuple_cost = 0.001');
  const result = await body();
  await session.query(`SELECT set_config('parallel_tuple_cost', $1, true)`, [before?.cost ?? '0.1']);
  return result;
}

/**
 * A table of the staging made from a query: CREATE TABLE … AS, which PostgreSQL may run with parallel
 * workers (an INSERT … SELECT never is). Dropped by the caller, or with the staging.
 */
export async function createStagedTableAs(
  session: RegisterSession,
  table: string,
  select: string,
  params: unknown[],
): Promise<void> {
  const { create, ending } = await stagedTable(session);
  await withCheapParallelRows(session, () =>
    session.query(`${create}${table} ${ending} AS ${select}`, params),
  );
}

/** Drops the staged rows once written (the rejections stay until the transaction ends). */
export async function dropStagingTables(session: RegisterSession): Promise<void> {
  if (session.driver === 'postgres')
    await session.query(`DROP SCHEMA ${await stagingSchema(session)} CASCADE`);
  else
    await session.query(
      `DROP TABLE ${[...SUBMISSION_FILES.map(stagingTable), 'stage_rejected_families'].join(', ')}`,
    );
}

/** Temporary tables have no statistics until analysed; without them the planner picks nested loops over millions of rows. */
export async function analyseStagingTables(session: RegisterSession): Promise<void> {
  await session.query(`ANALYZE ${SUBMISSION_FILES.map(stagingTable).join(', ')}, stage_rejected_families`);
}
