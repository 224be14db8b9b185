import type { ImportFileCounts } from '../../db/schema';
import { FILE_COLUMNS, type SubmissionFile, storedColumnName } from '../import/columns';
import { analysePartition, partitionExists, partitionName } from './partitions';
import type { RegisterSession } from './session';
import { stagingTable, withCheapParallelRows } from './staging';

/**
 * Writes the rows that survived every rule into the register, table by table and periode by periode:
 * a new periode is bulk-loaded into a partition of its own, a stored one is upserted so that a row
 * identical to the stored one is not touched (importing a submission twice changes nothing).
 */
type TableWrite = {
  file: SubmissionFile;
  table: string;
  keys: readonly string[];
  values: readonly string[];
  /** The staged rows, with one column per key and value in that order. */
  source: string;
};

/** A table of the register written from one staging table, its columns those of the format. */
function plainWrite(file: SubmissionFile, table: string, keys: readonly string[]): TableWrite {
  const values = FILE_COLUMNS[file]
    .map((column) => storedColumnName(column.name))
    .filter((name) => !keys.includes(name));
  return {
    file,
    table,
    keys,
    values,
    source: `SELECT ${[...keys, ...values].join(', ')} FROM ${stagingTable(file)}`,
  };
}

/**
 * Persons take their kelurahan from their family, so that every table carries it, and their age in
 * full years at the family's tanggal_pendataan, which every age-based indicator counts by.
 */
function personsWrite(): TableWrite {
  const keys = ['periode', 'nik_hash'];
  const own = FILE_COLUMNS.individu
    .map((column) => storedColumnName(column.name))
    .filter((name) => !keys.includes(name) && name !== 'kk_hash');
  return {
    file: 'individu',
    table: 'persons',
    keys,
    values: ['kk_hash', 'kode_kelurahan', 'umur', ...own],
    source: `SELECT p.periode, p.nik_hash, p.kk_hash, f.kode_kelurahan,
        date_part('year', age(f.tanggal_pendataan, p.tanggal_lahir))::smallint AS umur,
        ${own.map((column) => `p.${column}`).join(', ')}
      FROM stage_individu p JOIN stage_keluarga f ON f.periode = p.periode AND f.kk_hash = p.kk_hash`,
  };
}

const TABLE_WRITES: TableWrite[] = [
  plainWrite('hunian', 'dwellings', ['periode', 'kode_kelurahan', 'id_hunian']),
  plainWrite('target', 'targets', ['periode', 'kode_kelurahan']),
  plainWrite('keluarga', 'families', ['periode', 'kk_hash']),
  personsWrite(),
];

type Counts = { accepted: number; replaced: number; unchanged: number };
/** `writtenPeriods`: the periods that had rows to write (upserted ones too, even when nothing changed). */
type TableResult = { counts: Counts; upsertedPeriods: string[]; writtenPeriods: string[] };

/**
 * A periode seen for the first time gets a partition of its own, loaded before it has any index and
 * attached afterwards, which builds its indexes in one sort: several times faster than inserting
 * millions of rows into indexed tables. The CHECK lets ATTACH skip its validation scan. A periode whose
 * rows the rules across rows all rejected gets no partition. Returns the rows written.
 */
async function loadNewPartition(
  session: RegisterSession,
  write: TableWrite,
  periode: string,
  importId: number,
): Promise<number> {
  const partition = partitionName(write.table, periode);
  const staged = `SELECT staged.*, $1::integer AS import_id FROM (${write.source}) staged WHERE staged.periode = $2`;
  const check = `CONSTRAINT ${partition}_periode CHECK (periode = '${periode}')`;
  let written: number;
  if (session.driver === 'postgres')
    written = await createPartitionAs(session, write.table, partition, staged, check, [importId, periode]);
  else {
    await session.query(`CREATE TABLE ${partition} (LIKE ${write.table} INCLUDING DEFAULTS, ${check})`);
    written = await session.execute(
      `INSERT INTO ${partition} (${[...write.keys, ...write.values, 'import_id'].join(', ')}) ${staged}`,
      [importId, periode],
    );
  }
  if (written === 0) await session.query(`DROP TABLE ${partition}`);
  else
    await session.query(
      `ALTER TABLE ${write.table} ATTACH PARTITION ${partition} FOR VALUES IN ('${periode}')`,
    );
  return written;
}

type StoredColumn = { name: string; type: string; not_null: boolean };

/**
 * Creates the partition from the staged rows with CREATE TABLE … AS, which PostgreSQL may run in
 * parallel (an INSERT … SELECT never is): its workers read and join the staging while the importing
 * backend writes. The columns take the parent's order and types; its NOT NULLs and the periode's
 * CHECK, which ATTACH requires, are added in one pass afterwards.
 */
async function createPartitionAs(
  session: RegisterSession,
  table: string,
  partition: string,
  staged: string,
  check: string,
  params: unknown[],
): Promise<number> {
  const columns = await session.query<StoredColumn>(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type, attnotnull AS not_null
     FROM pg_attribute WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped ORDER BY attnum`,
    [table],
  );
  const written = await withCheapParallelRows(session, () =>
    session.execute(
      `CREATE TABLE ${partition} (${columns.map((column) => column.name).join(', ')}) AS
       SELECT ${columns.map((column) => `staged.${column.name}::${column.type}`).join(', ')} FROM (${staged}) staged`,
      params,
    ),
  );
  const notNull = columns
    .filter((column) => column.not_null)
    .map((column) => `ALTER ${column.name} SET NOT NULL`);
  await session.query(`ALTER TABLE ${partition} ${[...notNull, `ADD ${check}`].join(', ')}`);
  return written;
}

/**
 * A periode already stored: one upsert into its partition (a plain table, where `xmax = 0` tells a new
 * row from a replaced one), which leaves a row identical to the stored one untouched.
 */
async function upsertPeriode(session: RegisterSession, write: TableWrite, periode: string, importId: number) {
  const partition = partitionName(write.table, periode);
  const columns = [...write.keys, ...write.values];
  const stored = (column: string) => `${partition}.${column}`;
  const [counts] = await session.query<{ accepted: number; replaced: number }>(
    `WITH upserted AS (
       INSERT INTO ${partition} (${columns.join(', ')}, import_id)
       SELECT staged.*, $1::integer FROM (${write.source}) staged WHERE staged.periode = $2
       ON CONFLICT (${write.keys.join(', ')}) DO UPDATE
         SET ${write.values.map((column) => `${column} = EXCLUDED.${column}`).join(', ')}, import_id = EXCLUDED.import_id
         WHERE (${write.values.map(stored).join(', ')}) IS DISTINCT FROM
               (${write.values.map((column) => `EXCLUDED.${column}`).join(', ')})
       RETURNING xmax = 0 AS inserted)
     SELECT count(*) FILTER (WHERE inserted)::integer AS accepted,
            count(*) FILTER (WHERE NOT inserted)::integer AS replaced
     FROM upserted`,
    [importId, periode],
  );
  return counts ?? { accepted: 0, replaced: 0 };
}

/** The rows of one periode left in a staging table after the rules across rows. */
async function stagedRows(session: RegisterSession, file: SubmissionFile, periode: string): Promise<number> {
  const [row] = await session.query<{ rows: number }>(
    `SELECT count(*)::integer AS rows FROM ${stagingTable(file)} WHERE periode = $1`,
    [periode],
  );
  return row?.rows ?? 0;
}

/**
 * Writes one table, periode by periode. `periods` are those of the rows that passed the checks of a
 * row alone; the rules across rows may have left none of a periode, which then writes nothing.
 */
async function writeTable(
  session: RegisterSession,
  write: TableWrite,
  importId: number,
  periods: readonly string[],
): Promise<TableResult> {
  const total: Counts = { accepted: 0, replaced: 0, unchanged: 0 };
  const upsertedPeriods: string[] = [];
  const writtenPeriods: string[] = [];
  for (const periode of periods) {
    if (await partitionExists(session.query, write.table, periode)) {
      const rows = await stagedRows(session, write.file, periode);
      if (rows === 0) continue;
      upsertedPeriods.push(periode);
      const { accepted, replaced } = await upsertPeriode(session, write, periode, importId);
      total.accepted += accepted;
      total.replaced += replaced;
      total.unchanged += rows - accepted - replaced;
    } else {
      const rows = await loadNewPartition(session, write, periode, importId);
      if (rows === 0) continue;
      total.accepted += rows;
    }
    writtenPeriods.push(periode);
    await analysePartition(session.query, write.table, periode);
  }
  return { counts: total, upsertedPeriods, writtenPeriods };
}

/**
 * Writes every table and drops the members a replaced family no longer lists (only a periode that
 * was stored before can hold such members); returns the counts per file, whether the register
 * changed at all (a submission imported again changes nothing), and the periods of the families,
 * dwellings and targets that survived every rule: those whose indicators depend on this import.
 */
export async function writeRegister(
  session: RegisterSession,
  importId: number,
  stagedPeriods: Record<SubmissionFile, readonly string[]>,
): Promise<{
  counts: Record<SubmissionFile, Omit<ImportFileCounts, 'rejected'>>;
  changed: boolean;
  periods: string[];
}> {
  const counts = {} as Record<SubmissionFile, Omit<ImportFileCounts, 'rejected'>>;
  let storedFamilyPeriods: string[] = [];
  const periods = new Set<string>();
  for (const write of TABLE_WRITES) {
    const written = await writeTable(session, write, importId, stagedPeriods[write.file]);
    counts[write.file] = written.counts;
    if (write.table === 'families') storedFamilyPeriods = written.upsertedPeriods;
    if (write.file !== 'individu') for (const periode of written.writtenPeriods) periods.add(periode);
  }
  const dropped =
    storedFamilyPeriods.length === 0
      ? 0
      : ((
          await session.query<{ dropped: number }>(
            `WITH gone AS (
               DELETE FROM persons p USING stage_keluarga f
               WHERE f.periode = ANY($1::text[]) AND p.periode = f.periode AND p.kk_hash = f.kk_hash
                 AND NOT EXISTS (SELECT 1 FROM stage_individu s WHERE s.periode = p.periode AND s.nik_hash = p.nik_hash)
               RETURNING 1)
             SELECT count(*)::integer AS dropped FROM gone`,
            [storedFamilyPeriods],
          )
        )[0]?.dropped ?? 0);
  const changed =
    dropped > 0 || Object.values(counts).some((written) => written.accepted + written.replaced > 0);
  return { counts, changed, periods: [...periods].sort() };
}
