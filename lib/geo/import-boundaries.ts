import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { geoAssets, kelurahanBoundaries, regions } from '../db/schema';
import { UserFacingError } from '../errors';
import { readBoundaryFile } from './boundary-file';
import { buildGeoAssets, type KelurahanShape } from './build-geo-assets';
import { matchBoundaries, type UnmatchedFeature } from './match-boundaries';

export type BoundaryImportReport = {
  source: string;
  featuresRead: number;
  kelurahanWithShape: number;
  unmatchedFeatures: UnmatchedFeature[];
  kelurahanWithoutShape: { code: string; name: string }[];
  servedBytes: { kelurahan: number; outlines: number };
};

async function listKelurahan(db: Database) {
  return db
    .select({ code: regions.code, name: regions.name, districtCode: regions.parentCode })
    .from(regions)
    .where(eq(regions.level, 'village'))
    .orderBy(regions.code);
}

function nothingUsable(filePath: string, first: UnmatchedFeature | undefined): UserFacingError {
  const whyId = first ? ` (fitur #${first.position}: ${first.reasonId})` : ' (berkas tidak berisi fitur)';
  const whyEn = first ? ` (feature #${first.position}: ${first.reasonEn})` : ' (the file has no features)';
  return new UserFacingError(
    `Tidak ada fitur di ${filePath} yang dapat dipakai sebagai batas kelurahan DKI Jakarta${whyId}. ` +
      'Setiap fitur perlu properti kode_kelurahan (mis. 31.71.01.1001) dan Polygon/MultiPolygon bujur/lintang WGS84. ' +
      'Tidak ada yang diubah.',
    `No feature in ${filePath} can be used as a DKI Jakarta kelurahan boundary${whyEn}. Each feature needs a ` +
      'kode_kelurahan property (e.g. 31.71.01.1001) and a WGS84 longitude/latitude Polygon/MultiPolygon. ' +
      'Nothing was changed.',
    2,
  );
}

/**
 * Replaces the kelurahan boundaries with those of a GeoJSON file, matched by `kode_kelurahan`, and rebuilds
 * the served geometry. All in one transaction: a refused or failed import leaves the previous boundaries.
 */
export async function importBoundaries(db: Database, filePath: string): Promise<BoundaryImportReport> {
  const features = await readBoundaryFile(filePath);
  const kelurahan = await listKelurahan(db);
  if (kelurahan.length === 0)
    throw new UserFacingError(
      'Daftar wilayah masih kosong. Jalankan `npm run db:migrate` lebih dulu.',
      'The region list is empty. Run `npm run db:migrate` first.',
      2,
    );
  const match = matchBoundaries(
    features,
    kelurahan.map((row) => row.code),
  );
  if (match.matched.size === 0) throw nothingUsable(filePath, match.unmatchedFeatures[0]);
  const shapes: KelurahanShape[] = kelurahan.flatMap((row) => {
    const geometry = match.matched.get(row.code);
    const districtCode = row.districtCode ?? '';
    return geometry
      ? [{ code: row.code, name: row.name, districtCode, cityCode: districtCode.slice(0, 5), geometry }]
      : [];
  });
  const assets = buildGeoAssets(shapes);
  await db.transaction(async (tx) => {
    await tx.delete(kelurahanBoundaries);
    await tx
      .insert(kelurahanBoundaries)
      .values(shapes.map((shape) => ({ code: shape.code, geometry: shape.geometry })));
    await tx
      .insert(geoAssets)
      .values([assets.kelurahan, assets.outlines].map((asset) => ({ ...asset, source: filePath })))
      .onConflictDoUpdate({
        target: geoAssets.name,
        set: {
          body: sql`excluded.body`,
          sha256: sql`excluded.sha256`,
          source: sql`excluded.source`,
          createdAt: sql`now()`,
        },
      });
  });
  const names = new Map(kelurahan.map((row) => [row.code, row.name]));
  return {
    source: filePath,
    featuresRead: features.length,
    kelurahanWithShape: shapes.length,
    unmatchedFeatures: match.unmatchedFeatures,
    kelurahanWithoutShape: match.kelurahanWithoutShape.map((code) => ({
      code,
      name: names.get(code) ?? code,
    })),
    servedBytes: { kelurahan: assets.kelurahan.body.length, outlines: assets.outlines.body.length },
  };
}

export async function hasBoundaries(db: Database): Promise<boolean> {
  const rows = await db
    .select({ name: geoAssets.name })
    .from(geoAssets)
    .where(eq(geoAssets.name, 'kelurahan'))
    .limit(1);
  return rows.length > 0;
}
