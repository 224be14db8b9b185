import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { geoAssets } from '../db/schema';

export type GeoAssetName = 'kelurahan' | 'outlines';
export type GeoAssetVersion = { name: GeoAssetName; sha256: string };

export async function getGeoAsset(db: Database, name: GeoAssetName) {
  const [row] = await db
    .select({ body: geoAssets.body, sha256: geoAssets.sha256 })
    .from(geoAssets)
    .where(eq(geoAssets.name, name))
    .limit(1);
  return row;
}

/** The versions of the served geometry, without their bodies: what a page needs to build cacheable URLs. */
export async function listGeoAssetVersions(db: Database): Promise<GeoAssetVersion[]> {
  const rows = await db.select({ name: geoAssets.name, sha256: geoAssets.sha256 }).from(geoAssets);
  return rows.map((row) => ({ ...row, name: row.name as GeoAssetName }));
}
