'use client';

import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import L from 'leaflet';
import { AttributionControl, GeoJSON, MapContainer, TileLayer, ZoomControl } from 'react-leaflet';
import type { KelurahanProperties, OutlineProperties } from '@/lib/geo/build-geo-assets';
import { KEPULAUAN_SERIBU_CODE } from '@/lib/geo/region-codes';
import { useTranslate } from '@/lib/i18n/translation-provider';
import { MAP_HEIGHT, MapMessage } from './map-message';
import { useGeoJson } from './use-geojson';

export type KelurahanMapProps = {
  kelurahanUrl: string;
  outlinesUrl: string;
  tileUrl?: string | undefined;
  tileAttribution?: string | undefined;
};

type KelurahanCollection = FeatureCollection<Polygon | MultiPolygon, KelurahanProperties>;
type OutlineCollection = FeatureCollection<MultiLineString, OutlineProperties>;

const kelurahanStyle: L.PathOptions = { color: '#94a3b8', weight: 0.6, fillColor: '#f8fafc', fillOpacity: 1 };
const outlineStyle = (feature?: Feature): L.PathOptions =>
  (feature?.properties as OutlineProperties | undefined)?.level === 'city'
    ? { color: '#1e293b', weight: 2.2, fill: false }
    : { color: '#475569', weight: 1.2, fill: false };

function splitIslands(collection: KelurahanCollection) {
  const isIsland = (feature: Feature<Polygon | MultiPolygon, KelurahanProperties>) =>
    feature.properties.city === KEPULAUAN_SERIBU_CODE;
  return {
    mainland: { ...collection, features: collection.features.filter((feature) => !isIsland(feature)) },
    islands: { ...collection, features: collection.features.filter(isIsland) },
  };
}

/** Leaves room for the Kepulauan Seribu inset: beside the mainland on wide screens, below it on phones. */
function mainlandPadding(): L.FitBoundsOptions {
  const wide = window.matchMedia('(min-width: 640px)').matches;
  return wide
    ? { paddingTopLeft: [176, 8], paddingBottomRight: [8, 8] }
    : { paddingTopLeft: [8, 8], paddingBottomRight: [8, 160] };
}

function boundsOf(collection: FeatureCollection): L.LatLngBounds {
  return L.geoJSON(collection).getBounds();
}

/** Each shape carries its code and name, for tooltips now, for colouring and clicks in the dashboard later. */
function bindKelurahan(feature: Feature, layer: L.Layer) {
  const { code, name } = feature.properties as KelurahanProperties;
  layer.bindTooltip(name, { sticky: true });
  layer.on('add', () => {
    const element = (layer as L.Path).getElement();
    element?.setAttribute('data-kode', code);
  });
}

export function KelurahanMap({ kelurahanUrl, outlinesUrl, tileUrl, tileAttribution }: KelurahanMapProps) {
  const kelurahan = useGeoJson<KelurahanCollection>(kelurahanUrl);
  const outlines = useGeoJson<OutlineCollection>(outlinesUrl);
  const t = useTranslate();
  if (kelurahan.state === 'error' || outlines.state === 'error')
    return <MapMessage>{t('map.error')}</MapMessage>;
  if (kelurahan.state === 'loading' || outlines.state === 'loading')
    return <MapMessage busy>{t('map.loadingBoundaries')}</MapMessage>;
  const { mainland, islands } = splitIslands(kelurahan.data);
  return (
    <div className={`relative ${MAP_HEIGHT}`} data-testid="kelurahan-map">
      <MapContainer
        bounds={boundsOf(mainland)}
        boundsOptions={mainlandPadding()}
        zoomSnap={0.25}
        zoomControl={false}
        className="map-plain h-full w-full"
        attributionControl={false}
      >
        {tileUrl ? <TileLayer url={tileUrl} attribution={tileAttribution ?? ''} /> : null}
        <GeoJSON
          data={mainland}
          style={kelurahanStyle}
          onEachFeature={bindKelurahan}
          attribution={t('map.boundaryCredit')}
        />
        <GeoJSON data={outlines.data} style={outlineStyle} interactive={false} />
        <ZoomControl position="topright" zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        <AttributionControl position="bottomright" prefix={false} />
      </MapContainer>
      {islands.features.length > 0 ? (
        <figure className="absolute bottom-2 left-2 z-[1000] w-24 overflow-hidden rounded-tremor-small border border-slate-400 bg-white shadow-tremor-card sm:w-40">
          <figcaption className="px-1.5 py-0.5 text-tremor-label font-medium text-tremor-content-emphasis">
            {t('map.inset')}
          </figcaption>
          <MapContainer
            bounds={boundsOf(islands)}
            boundsOptions={{ padding: [4, 4] }}
            zoomSnap={0.25}
            zoomControl={false}
            attributionControl={false}
            dragging={false}
            scrollWheelZoom={false}
            doubleClickZoom={false}
            touchZoom={false}
            boxZoom={false}
            keyboard={false}
            className="map-plain h-28 w-full sm:h-48"
          >
            <GeoJSON
              data={islands}
              style={{ ...kelurahanStyle, color: '#1e293b' }}
              onEachFeature={bindKelurahan}
            />
          </MapContainer>
        </figure>
      ) : null}
    </div>
  );
}
