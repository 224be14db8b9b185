import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { KelurahanProperties } from '../geo/build-geo-assets';
import { KEPULAUAN_SERIBU_CODE, PROVINCE_CODE } from '../geo/region-codes';

export type KelurahanFeature = Feature<Polygon | MultiPolygon, KelurahanProperties>;

export const isIsland = (feature: KelurahanFeature) => feature.properties.city === KEPULAUAN_SERIBU_CODE;

export const inRegion = (feature: KelurahanFeature, region: string) =>
  feature.properties.code === region || feature.properties.code.startsWith(`${region}.`);

/** True when the map zooms to a kota or kecamatan rather than showing all of Jakarta with the inset. */
export const isFocused = (focus: string | undefined): focus is string =>
  focus !== undefined && focus !== '' && focus !== PROVINCE_CODE;

/**
 * d3-geo reads polygons on the sphere, with exterior rings clockwise; our files follow RFC 7946
 * (counter-clockwise). A ring wound the other way is read as "the whole globe minus this kelurahan", which
 * fills the map and wrecks the fit. Any part whose spherical area exceeds a hemisphere is turned around, so
 * either convention draws correctly.
 */
function rewindPolygon(rings: Polygon['coordinates']): Polygon['coordinates'] {
  const area = geoArea({ type: 'Polygon', coordinates: rings });
  return area > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
}

export function rewindFeature(feature: KelurahanFeature): KelurahanFeature {
  const geometry = feature.geometry;
  return {
    ...feature,
    geometry:
      geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: rewindPolygon(geometry.coordinates) }
        : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(rewindPolygon) },
  };
}

export function collection(features: KelurahanFeature[]): FeatureCollection<Polygon | MultiPolygon> {
  return { type: 'FeatureCollection', features };
}
