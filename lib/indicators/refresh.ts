import type { DatabaseHandle } from '../db/client';
import { partitionExists, partitionName } from '../register/store/partitions';
import type { RegisterSession } from '../register/store/session';
import { insertPeriodeFreshness, type RegisterTables, selectPeriodeValues } from './aggregate-sql';

export type RefreshedPeriode = { periode: string; rows: number; kelurahan: number };

type Query = RegisterSession['query'];
type IndicatorValueRow = {
  indicator: string;
  kode_kelurahan: string;
  numerator: number;
  denominator: number | null;
};

/**
 * A batch aggregation over whole partitions. Hash joins beat nested loops over millions of rows, which
 * the planner can pick when a partitioned table's own statistics are missing. On PostgreSQL, room to
 * hash 3.5 million families without spilling to disk (JIT, left on, halves the time of the many
 * aggregates; its inlining, off, took 0.8 s of compiling at scale 1 and made nothing faster); PGlite
 * keeps the smaller memory its WebAssembly heap allows.
 */
async function tuneForAggregation(
  query: Query,
  driver: DatabaseHandle['driver'],
): Promise<() => Promise<void>> {
  const [before] = await query<{ nestloop: string; work_mem: string; inline: string }>(
    `SELECT current_setting('enable_nestloop') AS nestloop, current_setting('work_mem') AS work_mem,
            current_setting('jit_inline_above_cost') AS inline`,
  );
  await query('SET LOCAL enable_nestloop = off');
  if (driver === 'postgres') {
    await query(`SET LOCAL work_mem = '512MB'`);
    await query('SET LOCAL jit_inline_above_cost = -1');
  }
  // The rest of the caller's transaction (an import's log and report) runs with its own settings again.
  return async () => {
    await query(
      `SELECT set_config('enable_nestloop', $1, true), set_config('work_mem', $2, true),
              set_config('jit_inline_above_cost', $3, true)`,
      [before?.nestloop ?? 'on', before?.work_mem ?? '4MB', before?.inline ?? '500000'],
    );
  };
}

/**
 * Recomputes the indicator values of each periode from the register, replacing its rows. The caller's
 * transaction makes the swap atomic: a reader sees the old values or the new ones, never a mixture.
 */
export async function refreshIndicatorValues(
  query: Query,
  driver: DatabaseHandle['driver'],
  periods: readonly string[],
): Promise<RefreshedPeriode[]> {
  // One refresh at a time: two would each delete the other's uncommitted rows and then collide on them.
  await query(`SELECT pg_advisory_xact_lock(hashtext('jendela-keluarga:indicator_values'))`);
  const restore = await tuneForAggregation(query, driver);
  const refreshed: RefreshedPeriode[] = [];
  for (const periode of periods) {
    const tables = await periodeTables(query, periode);
    await query('DELETE FROM indicator_values WHERE periode = $1', [periode]);
    const values = await query<IndicatorValueRow>(selectPeriodeValues(tables), [periode]);
    await query(
      `INSERT INTO indicator_values (periode, indicator, kode_kelurahan, numerator, denominator)
       SELECT $1, * FROM unnest($2::text[], $3::text[], $4::integer[], $5::integer[])`,
      [
        periode,
        values.map((row) => row.indicator),
        values.map((row) => row.kode_kelurahan),
        values.map((row) => row.numerator),
        values.map((row) => row.denominator),
      ],
    );
    await query('DELETE FROM kelurahan_pendataan WHERE periode = $1', [periode]);
    await query(insertPeriodeFreshness(tables), [periode]);
    const [counted] = await query<{ rows: number; kelurahan: number }>(
      `SELECT count(*)::integer AS rows, count(DISTINCT kode_kelurahan)::integer AS kelurahan
       FROM indicator_values WHERE periode = $1`,
      [periode],
    );
    refreshed.push({ periode, rows: counted?.rows ?? 0, kelurahan: counted?.kelurahan ?? 0 });
  }
  await restore();
  return refreshed;
}

/**
 * The partitions of the periode, read directly so that the planner uses their own statistics (a
 * partitioned table has none until someone analyses all of it). A table without a partition for the
 * periode (say, no targets were sent) is read as a whole, where the periode has no rows.
 */
async function periodeTables(query: Query, periode: string): Promise<RegisterTables> {
  const tables = {} as RegisterTables;
  for (const table of ['families', 'persons', 'dwellings', 'targets'] as const)
    tables[table] = (await partitionExists(query, table, periode)) ? partitionName(table, periode) : table;
  return tables;
}

/** Drops the values (and freshness rows) of periods the register no longer holds. */
export async function dropValuesOutside(query: Query, periods: readonly string[]): Promise<void> {
  await query('DELETE FROM indicator_values WHERE periode <> ALL ($1::text[])', [periods]);
  await query('DELETE FROM kelurahan_pendataan WHERE periode <> ALL ($1::text[])', [periods]);
}

/** Every periode the register holds, oldest first: those of processed imports. */
export async function registerPeriods(query: Query): Promise<string[]> {
  const rows = await query<{ periode: string }>(
    `SELECT DISTINCT unnest(periods) AS periode FROM imports WHERE status = 'processed' ORDER BY periode`,
  );
  return rows.map((row) => row.periode);
}
