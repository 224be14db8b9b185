import 'server-only';
import { asc, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { kelurahanPendataan } from '../db/schema';

/** A kelurahan's latest visit up to a periode, and the families it recorded in that periode itself. */
export type LatestPendataan = {
  code: string;
  /** Families recorded in the periode; null when the kelurahan has no records of that periode. */
  families: number | null;
  /** The latest `tanggal_pendataan` (YYYY-MM-DD) of any periode up to and including the one asked for. */
  lastPendataan: string;
};

/**
 * Every kelurahan with records in the periode or before it, in code order: how many families the periode
 * recorded and the latest pendataan so far. Kelurahan never recorded are not listed.
 */
export async function listLatestPendataan(
  db: Database,
  { period }: { period: string },
): Promise<LatestPendataan[]> {
  return db
    .select({
      code: kelurahanPendataan.kodeKelurahan,
      families: sql<
        number | null
      >`max(${kelurahanPendataan.families}) FILTER (WHERE ${kelurahanPendataan.periode} = ${period})`.mapWith(
        Number,
      ),
      lastPendataan: sql<string>`max(${kelurahanPendataan.lastPendataan})::text`,
    })
    .from(kelurahanPendataan)
    .where(lte(kelurahanPendataan.periode, period))
    .groupBy(kelurahanPendataan.kodeKelurahan)
    .orderBy(asc(kelurahanPendataan.kodeKelurahan));
}
