import type { MultiPolygon, Polygon } from 'geojson';
import type { BoundaryFeature } from './boundary-file';
import { areaGeometryProblem, type Reason } from './geometry-check';
import { normaliseRegionCode } from './region-codes';

export type UnmatchedFeature = {
  /** 1-based position of the feature in the file. */
  position: number;
  code: string | null;
  name: string | null;
  reasonId: string;
  reasonEn: string;
};

export type BoundaryMatch = {
  matched: Map<string, Polygon | MultiPolygon>;
  unmatchedFeatures: UnmatchedFeature[];
  kelurahanWithoutShape: string[];
};

function textProperty(properties: Record<string, unknown> | null, key: string): string | null {
  const value = properties?.[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

function rejectionOf(
  feature: BoundaryFeature,
  code: string | null,
  known: Set<string>,
  taken: Map<string, unknown>,
): Reason | null {
  if (code === null) return ['tidak ada properti kode_kelurahan', 'no kode_kelurahan property'];
  if (!known.has(code)) return ['kode bukan kelurahan DKI Jakarta', 'code is not a DKI Jakarta kelurahan'];
  const geometryProblem = areaGeometryProblem(feature?.geometry);
  if (geometryProblem) return geometryProblem;
  if (taken.has(code))
    return ['kode sudah dipakai fitur sebelumnya', 'code already used by an earlier feature'];
  return null;
}

/** Pairs features with kelurahan by `kode_kelurahan`; says which features and which kelurahan were left over. */
export function matchBoundaries(features: BoundaryFeature[], kelurahanCodes: string[]): BoundaryMatch {
  const known = new Set(kelurahanCodes);
  const matched = new Map<string, Polygon | MultiPolygon>();
  const unmatchedFeatures: UnmatchedFeature[] = [];
  features.forEach((feature, index) => {
    const properties = feature?.properties ?? null;
    const rawCode = textProperty(properties, 'kode_kelurahan');
    const code = rawCode === null ? null : normaliseRegionCode(rawCode);
    const rejection = rejectionOf(feature, code, known, matched);
    if (rejection) {
      const [reasonId, reasonEn] = rejection;
      unmatchedFeatures.push({
        position: index + 1,
        code,
        name: textProperty(properties, 'nama_kelurahan'),
        reasonId,
        reasonEn,
      });
    } else if (code !== null) {
      matched.set(code, feature.geometry as Polygon | MultiPolygon);
    }
  });
  const kelurahanWithoutShape = kelurahanCodes.filter((code) => !matched.has(code));
  return { matched, unmatchedFeatures, kelurahanWithoutShape };
}
