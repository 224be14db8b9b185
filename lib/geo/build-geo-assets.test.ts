import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHARED_BOUNDARIES } from '@/tests/support/paths';
import { readBoundaryFile } from './boundary-file';
import { buildGeoAssets, type GeoAsset, type KelurahanShape } from './build-geo-assets';

let assets: { kelurahan: GeoAsset; outlines: GeoAsset };
let shapes: KelurahanShape[];

beforeAll(async () => {
  const features = await readBoundaryFile(SHARED_BOUNDARIES);
  shapes = features.map((feature) => {
    const properties = feature.properties as Record<string, string>;
    return {
      code: properties.kode_kelurahan ?? '',
      name: properties.nama_kelurahan ?? '',
      districtCode: properties.kode_kecamatan ?? '',
      cityCode: properties.kode_kota ?? '',
      geometry: feature.geometry as Polygon | MultiPolygon,
    };
  });
  assets = buildGeoAssets(shapes);
});

function positionsOf(geometry: Polygon | MultiPolygon): Position[] {
  return geometry.type === 'Polygon' ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

describe('served geometry', () => {
  it('holds all 267 kelurahan with their codes and every island', () => {
    const collection = JSON.parse(assets.kelurahan.body);
    expect(collection.features).toHaveLength(267);
    expect(collection.features[0].properties).toEqual({
      code: '31.01.01.1001',
      name: 'Pulau Panggang',
      district: '31.01.01',
      city: '31.01',
    });
    const parts = collection.features.reduce(
      (sum: number, feature: { geometry: Polygon | MultiPolygon }) =>
        sum + (feature.geometry.type === 'Polygon' ? 1 : feature.geometry.coordinates.length),
      0,
    );
    expect(parts).toBe(378);
  });

  it('is small: rounded to about a metre and under 300 KB gzipped in all', () => {
    const collection = JSON.parse(assets.kelurahan.body);
    for (const position of positionsOf(collection.features[100].geometry))
      for (const value of position)
        expect(Math.abs(value * 1e5 - Math.round(value * 1e5))).toBeLessThan(1e-6);
    const gzipped = gzipSync(assets.kelurahan.body).length + gzipSync(assets.outlines.body).length;
    expect(gzipped).toBeLessThan(300 * 1024);
  });

  it('derives kecamatan and kota outlines that lie exactly on the kelurahan borders', () => {
    const collection = JSON.parse(assets.kelurahan.body);
    const vertices = new Set<string>();
    for (const feature of collection.features)
      for (const p of positionsOf(feature.geometry)) vertices.add(p.join(','));
    const outlines = JSON.parse(assets.outlines.body);
    expect(
      outlines.features.map((feature: { properties: { level: string } }) => feature.properties.level),
    ).toEqual(['district', 'city']);
    for (const outline of outlines.features) {
      const points: Position[] = outline.geometry.coordinates.flat();
      expect(points.length).toBeGreaterThan(100);
      expect(points.filter((point) => !vertices.has(point.join(',')))).toEqual([]);
    }
  });

  it('leaves Kepulauan Seribu out of the mainland outlines, as it is drawn in an inset', () => {
    const outlines = JSON.parse(assets.outlines.body);
    const northmost = Math.max(
      ...outlines.features.flatMap((feature: { geometry: { coordinates: Position[][] } }) =>
        feature.geometry.coordinates.flat().map((point) => point[1] ?? 0),
      ),
    );
    expect(northmost).toBeLessThan(-6.0);
  });

  it('keeps its version while the boundaries stay the same, and changes it when one changes', () => {
    expect(buildGeoAssets([...shapes].reverse()).kelurahan.sha256).toBe(assets.kelurahan.sha256);
    const withoutGambir = shapes.filter((shape) => shape.code !== '31.71.01.1001');
    expect(buildGeoAssets(withoutGambir).kelurahan.sha256).not.toBe(assets.kelurahan.sha256);
    expect(assets.kelurahan.sha256).toBe(createHash('sha256').update(assets.kelurahan.body).digest('hex'));
  });
});
