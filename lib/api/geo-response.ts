import 'server-only';
import { getDatabase } from '../db/server';
import { type GeoAssetName, getGeoAsset } from '../queries/get-geo-asset';
import { notFound } from './api-error';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'public, no-cache';

/** If-None-Match as caches send it: `*`, a list, weak tags (`W/"…"`, as gzipping proxies make them). */
function matchesEtag(header: string | null, hash: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === `"${hash}"`;
  });
}

/**
 * Serves precomputed geometry. Its ETag is the content hash; a URL that carries that hash as `v` never
 * changes and is cached for a year, any other is revalidated (304 when unchanged).
 */
export async function geoAssetResponse(request: Request, name: GeoAssetName): Promise<Response> {
  const { db } = await getDatabase();
  const asset = await getGeoAsset(db, name);
  if (!asset)
    throw notFound(
      'Batas wilayah belum dimuat. Jalankan `npm run geo:import -- PATH` dengan berkas GeoJSON kelurahan.',
      'Boundaries have not been loaded. Run `npm run geo:import -- PATH` with a kelurahan GeoJSON file.',
    );
  const etag = `"${asset.sha256}"`;
  const version = new URL(request.url).searchParams.get('v');
  const headers = {
    ETag: etag,
    'Cache-Control': version === asset.sha256 ? IMMUTABLE : REVALIDATE,
    'Content-Type': 'application/geo+json; charset=utf-8',
  };
  if (matchesEtag(request.headers.get('if-none-match'), asset.sha256))
    return new Response(null, { status: 304, headers });
  return new Response(asset.body, { status: 200, headers });
}
