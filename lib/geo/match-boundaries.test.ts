import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '@/tests/support/paths';
import { readBoundaryFile } from './boundary-file';
import { matchBoundaries } from './match-boundaries';

const KELURAHAN = ['31.71.01.1001', '31.71.01.1002', '31.71.01.1003', '31.71.01.1004'];

describe('matching boundary features to kelurahan', () => {
  it('matches by kode_kelurahan, dotted or not, and says why each other feature was left out', async () => {
    const features = await readBoundaryFile(path.join(FIXTURES, 'boundaries-mixed.geojson'));
    const match = matchBoundaries(features, KELURAHAN);
    expect([...match.matched.keys()]).toEqual(['31.71.01.1001', '31.71.01.1002']);
    expect(match.unmatchedFeatures.map((item) => [item.position, item.reasonEn])).toEqual([
      [3, 'code is not a DKI Jakarta kelurahan'],
      [4, 'no kode_kelurahan property'],
      [5, 'geometry is not a Polygon/MultiPolygon'],
      [6, 'code already used by an earlier feature'],
    ]);
    expect(match.unmatchedFeatures[0]?.reasonId).toBe('kode bukan kelurahan DKI Jakarta');
    expect(match.kelurahanWithoutShape).toEqual(['31.71.01.1003', '31.71.01.1004']);
  });
});

describe('checking boundary geometry', () => {
  it('refuses coordinates that are not numbers, projected, swapped, or rings too short to close', async () => {
    const features = await readBoundaryFile(path.join(FIXTURES, 'boundaries-bad-geometry.geojson'));
    const codes = features.map((feature) => String(feature.properties?.kode_kelurahan));
    const match = matchBoundaries(features, codes);
    expect(match.unmatchedFeatures.map((item) => [item.position, item.reasonEn])).toEqual([
      [1, 'invalid coordinates (they must be pairs of numbers: longitude, latitude)'],
      [2, expect.stringContaining('coordinates lie outside DKI Jakarta')],
      [3, expect.stringContaining('coordinates lie outside DKI Jakarta')],
      [4, 'a polygon ring has fewer than 4 positions'],
      [5, 'geometry is not a Polygon/MultiPolygon'],
    ]);
    expect(match.unmatchedFeatures[1]?.reasonId).toContain('harus bujur/lintang WGS84');
    expect([...match.matched.keys()]).toEqual(['31.71.01.1006']);
  });
});

describe('reading a boundary file', () => {
  it('refuses a missing file, broken JSON and a lone Feature with a message that names the file', async () => {
    const refusal = (name: string) =>
      readBoundaryFile(path.join(FIXTURES, name)).catch((error: unknown) => error);
    const missing = await refusal('no-such-file.geojson');
    expect(missing).toMatchObject({ exitCode: 2, messageId: expect.stringContaining('tidak ditemukan') });
    expect(await refusal('not-json.geojson')).toMatchObject({
      messageEn: expect.stringContaining('is not valid JSON'),
    });
    expect(await refusal('single-feature.geojson')).toMatchObject({
      messageEn: expect.stringContaining('not a GeoJSON FeatureCollection (found type "Feature")'),
    });
  });
});
