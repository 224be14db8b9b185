import type { RegisterSession } from './session';

/** The register's tables are partitioned by periode, one partition per periode: `persons_p2025s1`. */
export const partitionName = (table: string, periode: string) => `${table}_p${periode.toLowerCase()}`;

export async function partitionExists(
  query: RegisterSession['query'],
  table: string,
  periode: string,
): Promise<boolean> {
  const [row] = await query<{ found: boolean }>('SELECT to_regclass($1) IS NOT NULL AS found', [
    partitionName(table, periode),
  ]);
  return row?.found ?? false;
}

/**
 * Fresh statistics for a partition just written, so that the indicator refresh in the same transaction
 * is planned for millions of rows rather than for an empty table (autovacuum analyses only later, and
 * never a transaction's own uncommitted rows).
 */
export async function analysePartition(query: RegisterSession['query'], table: string, periode: string) {
  await query(`ANALYZE ${partitionName(table, periode)}`);
}
