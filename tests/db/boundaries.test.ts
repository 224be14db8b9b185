import { createHash } from 'node:crypto';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { hasBoundaries, importBoundaries } from '@/lib/geo/import-boundaries';
import { syncRegions } from '@/lib/geo/sync-regions';
import { getGeoAsset } from '@/lib/queries/get-geo-asset';
import { describeOnEachDatabase } from '../support/databases';
import { FIXTURES, SHARED_BOUNDARIES } from '../support/paths';

describeOnEachDatabase('importing kelurahan boundaries', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
  });

  it('starts without boundaries', async () => {
    expect(await hasBoundaries(database().db)).toBe(false);
  });

  it('matches all 267 kelurahan of the shared file and stores the served geometry with its hash', async () => {
    const { db } = database();
    const report = await importBoundaries(db, SHARED_BOUNDARIES);
    expect(report).toMatchObject({
      featuresRead: 267,
      kelurahanWithShape: 267,
      unmatchedFeatures: [],
      kelurahanWithoutShape: [],
    });
    const asset = await getGeoAsset(db, 'kelurahan');
    expect(asset?.sha256).toBe(
      createHash('sha256')
        .update(asset?.body ?? '')
        .digest('hex'),
    );
    expect(JSON.parse(asset?.body ?? '{}').features).toHaveLength(267);
    expect(await hasBoundaries(db)).toBe(true);
  });

  it('keeps the stored boundaries when a file is refused', async () => {
    const { db } = database();
    const before = await getGeoAsset(db, 'kelurahan');
    const refused = await importBoundaries(db, path.join(FIXTURES, 'not-json.geojson')).catch(
      (error) => error,
    );
    expect(refused).toMatchObject({ exitCode: 2 });
    const noMatch = await importBoundaries(db, path.join(FIXTURES, 'single-feature.geojson')).catch(
      (error) => error,
    );
    expect(noMatch).toMatchObject({ exitCode: 2 });
    const unusable = await importBoundaries(db, path.join(FIXTURES, 'boundaries-none-usable.geojson')).catch(
      (error) => error,
    );
    expect(unusable).toMatchObject({
      exitCode: 2,
      messageEn: expect.stringContaining('(feature #1: coordinates lie outside DKI Jakarta'),
    });
    expect((await getGeoAsset(db, 'kelurahan'))?.sha256).toBe(before?.sha256);
  });

  it('reports unmatched features and the kelurahan a partial file leaves without a shape', async () => {
    const { db } = database();
    const report = await importBoundaries(db, path.join(FIXTURES, 'boundaries-mixed.geojson'));
    expect(report.kelurahanWithShape).toBe(2);
    expect(report.unmatchedFeatures).toHaveLength(4);
    expect(report.kelurahanWithoutShape).toHaveLength(265);
    expect(report.kelurahanWithoutShape).toContainEqual({ code: '31.71.01.1003', name: 'Petojo Utara' });
    const served = JSON.parse((await getGeoAsset(db, 'kelurahan'))?.body ?? '{}');
    expect(
      served.features.map((feature: { properties: { name: string } }) => feature.properties.name),
    ).toEqual(['Gambir', 'Cideng']);
  });
});
