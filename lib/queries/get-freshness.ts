import 'server-only';
import { and, asc, eq, like, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { kelurahanPendataan } from '../db/schema';

/** A kelurahan's records of a periode: families recorded, first and last `tanggal_pendataan` (YYYY-MM-DD). */
export type KelurahanFreshness = {
  code: string;
  families: number;
  firstPendataan: string;
  lastPendataan: string;
};

/** A region's records of a periode, over its kelurahan: null dates when none has records. */
export type RegionFreshness = {
  kelurahanRecorded: number;
  families: number;
  /** The latest pendataan anywhere in the region. */
  lastPendataan: string | null;
  /** The earliest of its kelurahan's latest pendataan: the kelurahan longest without a visit. */
  stalestPendataan: string | null;
};

const inRegion = (region: string) =>
  or(eq(kelurahanPendataan.kodeKelurahan, region), like(kelurahanPendataan.kodeKelurahan, `${region}.%`));

/** Every kelurahan with records in the periode (under `region` when given), in code order. */
export async function listKelurahanFreshness(
  db: Database,
  { period, region }: { period: string; region?: string },
): Promise<KelurahanFreshness[]> {
  return db
    .select({
      code: kelurahanPendataan.kodeKelurahan,
      families: kelurahanPendataan.families,
      firstPendataan: kelurahanPendataan.firstPendataan,
      lastPendataan: kelurahanPendataan.lastPendataan,
    })
    .from(kelurahanPendataan)
    .where(and(eq(kelurahanPendataan.periode, period), region ? inRegion(region) : undefined))
    .orderBy(asc(kelurahanPendataan.kodeKelurahan));
}

/** How complete and fresh a region's records of the periode are (province `31` for all of Jakarta). */
export async function getRegionFreshness(
  db: Database,
  { period, region }: { period: string; region: string },
): Promise<RegionFreshness> {
  const [row] = await db
    .select({
      kelurahanRecorded: sql<number>`count(*)`.mapWith(Number),
      families: sql<number>`coalesce(sum(${kelurahanPendataan.families}), 0)`.mapWith(Number),
      lastPendataan: sql<string | null>`max(${kelurahanPendataan.lastPendataan})::text`,
      stalestPendataan: sql<string | null>`min(${kelurahanPendataan.lastPendataan})::text`,
    })
    .from(kelurahanPendataan)
    .where(and(eq(kelurahanPendataan.periode, period), inRegion(region)));
  return row ?? { kelurahanRecorded: 0, families: 0, lastPendataan: null, stalestPendataan: null };
}
