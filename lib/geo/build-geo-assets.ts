import { createHash } from 'node:crypto';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  MultiLineString,
  MultiPolygon,
  Polygon,
  Position,
} from 'geojson';
import { feature, mesh } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryObject, Topology } from 'topojson-specification';
import { KEPULAUAN_SERIBU_CODE } from './region-codes';

export type KelurahanShape = {
  code: string;
  name: string;
  districtCode: string;
  cityCode: string;
  geometry: Polygon | MultiPolygon;
};

export type GeoAsset = { name: string; body: string; sha256: string };

export type KelurahanProperties = { code: string; name: string; district: string; city: string };
export type OutlineProperties = { level: 'district' | 'city' };

/**
 * Visvalingam weight (planar triangle area, in square degrees) below which a vertex is dropped: about 120 m².
 * The shipped boundary file is already simplified and loses about 4% of its vertices; a raw survey file shrinks a lot.
 */
const MIN_TRIANGLE_AREA = 1e-8;

/** About one metre at Jakarta's latitude: finer than any boundary source we have, and much smaller to send. */
const COORDINATE_DECIMALS = 5;

function roundPosition(position: Position): Position {
  const factor = 10 ** COORDINATE_DECIMALS;
  return position.slice(0, 2).map((value) => Math.round(value * factor) / factor);
}

function roundGeometry<G extends Polygon | MultiPolygon | MultiLineString>(geometry: G): G {
  if (geometry.type === 'Polygon')
    return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(roundPosition)) } as G;
  if (geometry.type === 'MultiLineString')
    return {
      type: 'MultiLineString',
      coordinates: geometry.coordinates.map((line) => line.map(roundPosition)),
    } as G;
  return {
    type: 'MultiPolygon',
    coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(roundPosition))),
  } as G;
}

function asset(name: string, collection: FeatureCollection): GeoAsset {
  const body = JSON.stringify(collection);
  const sha256 = createHash('sha256').update(body).digest('hex');
  return { name, body, sha256 };
}

type ShapeTopology = Topology<{
  kelurahan: { type: 'GeometryCollection'; geometries: GeometryObject<KelurahanProperties>[] };
}>;

type BorderFilter = (a: KelurahanProperties, b: KelurahanProperties, exterior: boolean) => boolean;

/** Kota borders include the outer edge (coast and province border) except Kepulauan Seribu's, which the inset draws; kecamatan borders are those inside a kota. */
const BORDERS: Record<OutlineProperties['level'], BorderFilter> = {
  district: (a, b, exterior) => !exterior && a.city === b.city && a.district !== b.district,
  city: (a, b, exterior) => (exterior ? a.city !== KEPULAUAN_SERIBU_CODE : a.city !== b.city),
};

function outline(
  shapes: ShapeTopology,
  level: OutlineProperties['level'],
): Feature<MultiLineString, OutlineProperties> {
  const keep = BORDERS[level];
  const border = mesh(
    shapes as unknown as Topology,
    shapes.objects.kelurahan as unknown as GeometryObject,
    (a, b) => keep(a.properties as KelurahanProperties, b.properties as KelurahanProperties, a === b),
  );
  return { type: 'Feature', properties: { level }, geometry: roundGeometry(border) };
}

/**
 * The geometry the app serves: the kelurahan polygons with their codes, and the kecamatan and kota outlines
 * derived from them through a shared topology, so that every border is drawn once and lines up exactly.
 */
export function buildGeoAssets(shapes: KelurahanShape[]): { kelurahan: GeoAsset; outlines: GeoAsset } {
  const input: FeatureCollection<Polygon | MultiPolygon, KelurahanProperties> = {
    type: 'FeatureCollection',
    features: [...shapes]
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((shape) => ({
        type: 'Feature',
        properties: {
          code: shape.code,
          name: shape.name,
          district: shape.districtCode,
          city: shape.cityCode,
        },
        geometry: shape.geometry,
      })),
  };
  const shared = simplify(
    presimplify(topology({ kelurahan: input as FeatureCollection<Geometry> }) as unknown as ShapeTopology),
    MIN_TRIANGLE_AREA,
  );
  const simplified = feature(
    shared as unknown as Topology,
    shared.objects.kelurahan as unknown as GeometryObject,
  ) as unknown as FeatureCollection<Polygon | MultiPolygon, KelurahanProperties>;
  const kelurahan: FeatureCollection<Polygon | MultiPolygon, KelurahanProperties> = {
    type: 'FeatureCollection',
    features: simplified.features.map((shape) => ({
      type: 'Feature',
      properties: shape.properties,
      geometry: roundGeometry(shape.geometry),
    })),
  };
  const outlines: FeatureCollection<MultiLineString, OutlineProperties> = {
    type: 'FeatureCollection',
    features: [outline(shared, 'district'), outline(shared, 'city')],
  };
  return { kelurahan: asset('kelurahan', kelurahan), outlines: asset('outlines', outlines) };
}
