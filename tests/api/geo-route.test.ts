import { beforeAll, beforeEach, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/geo/kelurahan/route';
import { GET as getOutlines } from '@/app/api/v1/geo/outlines/route';
import { importBoundaries } from '@/lib/geo/import-boundaries';
import { syncRegions } from '@/lib/geo/sync-regions';
import { describeOnEachDatabase } from '../support/databases';
import { SHARED_BOUNDARIES } from '../support/paths';
import { get, serveRoutesFrom } from '../support/route-database';

describeOnEachDatabase('GET /api/v1/geo/kelurahan', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
  });
  beforeEach(() => serveRoutesFrom(database()));

  it('says in JSON that boundaries are missing before any are loaded', async () => {
    const response = await GET(get('/api/v1/geo/kelurahan'));
    expect(response.status).toBe(404);
    expect((await response.json()).error.message).toContain('Batas wilayah belum dimuat');
  });

  it('serves the 267 kelurahan as GeoJSON with region codes, revalidated by ETag', async () => {
    await importBoundaries(database().db, SHARED_BOUNDARIES);
    const response = await GET(get('/api/v1/geo/kelurahan'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/geo+json');
    expect(response.headers.get('cache-control')).toBe('public, no-cache');
    const body = await response.json();
    expect(body.type).toBe('FeatureCollection');
    expect(
      new Set(body.features.map((feature: { properties: { code: string } }) => feature.properties.code)).size,
    ).toBe(267);
    const etag = response.headers.get('etag') ?? '';
    const again = await GET(get('/api/v1/geo/kelurahan', { 'if-none-match': etag }));
    expect(again.status).toBe(304);
    const throughProxy = await GET(get('/api/v1/geo/kelurahan', { 'if-none-match': `"old", W/${etag}` }));
    expect(throughProxy.status).toBe(304);
    expect((await GET(get('/api/v1/geo/kelurahan', { 'if-none-match': '"old"' }))).status).toBe(200);
  });

  it('lets a URL carrying the content hash be cached for a year', async () => {
    const etag = (await GET(get('/api/v1/geo/kelurahan'))).headers.get('etag') ?? '';
    const hash = etag.replaceAll('"', '');
    const versioned = await GET(get(`/api/v1/geo/kelurahan?v=${hash}`));
    expect(versioned.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const stale = await GET(get('/api/v1/geo/kelurahan?v=0123'));
    expect(stale.headers.get('cache-control')).toBe('public, no-cache');
  });

  it('serves the kecamatan and kota outlines beside them', async () => {
    const body = await (await getOutlines(get('/api/v1/geo/outlines'))).json();
    expect(
      body.features.map((feature: { properties: { level: string } }) => feature.properties.level),
    ).toEqual(['district', 'city']);
  });
});
