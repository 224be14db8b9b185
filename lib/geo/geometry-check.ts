import type { MultiPolygon, Polygon } from 'geojson';

export type Reason = [reasonId: string, reasonEn: string];

/** DKI Jakarta with Kepulauan Seribu and a margin: WGS84 lon/lat inside it, projected or swapped coordinates not. */
const JAKARTA_ENVELOPE = { west: 106.2, east: 107.3, south: -6.6, north: -5.0 };

const NOT_AN_AREA: Reason = ['geometri bukan Polygon/MultiPolygon', 'geometry is not a Polygon/MultiPolygon'];
const NOT_POSITIONS: Reason = [
  'koordinat tidak sah (harus pasangan angka bujur, lintang)',
  'invalid coordinates (they must be pairs of numbers: longitude, latitude)',
];
const SHORT_RING: Reason = [
  'cincin poligon kurang dari 4 titik',
  'a polygon ring has fewer than 4 positions',
];
const OUTSIDE: Reason = [
  'koordinat di luar DKI Jakarta: harus bujur/lintang WGS84 (EPSG:4326), bukan proyeksi lain atau tertukar',
  'coordinates lie outside DKI Jakarta: they must be WGS84 longitude/latitude (EPSG:4326), not projected or swapped',
];

function ringProblem(ring: unknown): Reason | null {
  if (!Array.isArray(ring)) return NOT_POSITIONS;
  if (ring.length < 4) return SHORT_RING;
  for (const position of ring) {
    if (!Array.isArray(position) || position.length < 2) return NOT_POSITIONS;
    const [lon, lat] = position;
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) return NOT_POSITIONS;
    const { west, east, south, north } = JAKARTA_ENVELOPE;
    if (lon < west || lon > east || lat < south || lat > north) return OUTSIDE;
  }
  return null;
}

function polygonProblem(rings: unknown): Reason | null {
  if (!Array.isArray(rings) || rings.length === 0) return NOT_POSITIONS;
  for (const ring of rings) {
    const problem = ringProblem(ring);
    if (problem) return problem;
  }
  return null;
}

/** What is wrong with a feature's geometry as a kelurahan boundary, or null when it can be used. */
export function areaGeometryProblem(geometry: unknown): Reason | null {
  const candidate = geometry as Partial<Polygon | MultiPolygon> | null;
  if (candidate?.type === 'Polygon') return polygonProblem(candidate.coordinates);
  if (candidate?.type !== 'MultiPolygon') return NOT_AN_AREA;
  const polygons: unknown = candidate.coordinates;
  if (!Array.isArray(polygons) || polygons.length === 0) return NOT_POSITIONS;
  for (const polygon of polygons) {
    const problem = polygonProblem(polygon);
    if (problem) return problem;
  }
  return null;
}
