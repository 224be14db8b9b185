'use client';

import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import L from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { AttributionControl, GeoJSON, MapContainer, TileLayer, useMap, ZoomControl } from 'react-leaflet';
import type { AreaPaint } from '@/lib/dashboard/map-legend-entries';
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
  /** The paint of each kelurahan by code; without it the map is drawn plain. */
  paint?: Record<string, AreaPaint>;
  /** The lines of a kelurahan's tooltip, the first its name; without it the tooltip is the name. */
  describe?: (code: string) => string[];
  onSelect?: (code: string) => void;
  selected?: string | undefined;
  /** A region code to fit the map to: a kota, kecamatan or kelurahan. */
  focus?: string | undefined;
  heightClass?: string;
};

type KelurahanFeature = Feature<Polygon | MultiPolygon, KelurahanProperties>;
type KelurahanCollection = FeatureCollection<Polygon | MultiPolygon, KelurahanProperties>;
type OutlineCollection = FeatureCollection<MultiLineString, OutlineProperties>;

const PLAIN: AreaPaint = { fill: '#f8fafc' };

const outlineStyle = (feature?: Feature): L.PathOptions =>
  (feature?.properties as OutlineProperties | undefined)?.level === 'city'
    ? { color: '#1e293b', weight: 2.2, fill: false }
    : { color: '#475569', weight: 1.2, fill: false };

const codeOf = (feature: Feature | undefined) =>
  (feature?.properties as KelurahanProperties | undefined)?.code ?? '';

const isIsland = (feature: KelurahanFeature) => feature.properties.city === KEPULAUAN_SERIBU_CODE;

const inRegion = (feature: KelurahanFeature, region: string) =>
  feature.properties.code === region || feature.properties.code.startsWith(`${region}.`);

/** Leaves room for the Kepulauan Seribu inset: beside the mainland on wide screens, below it on phones. */
function mainlandPadding(): L.FitBoundsOptions {
  const wide = window.matchMedia('(min-width: 640px)').matches;
  return wide
    ? { paddingTopLeft: [176, 8], paddingBottomRight: [8, 8] }
    : { paddingTopLeft: [8, 8], paddingBottomRight: [8, 160] };
}

function boundsOf(features: KelurahanFeature[]): L.LatLngBounds {
  return L.geoJSON({ type: 'FeatureCollection', features } as FeatureCollection).getBounds();
}

/** The props a layer's handlers read when they fire, so that handlers bound once see the latest props. */
type Live = Pick<KelurahanMapProps, 'paint' | 'describe' | 'onSelect' | 'selected'>;

function styleOf(code: string, live: Live, island = false): L.PathOptions {
  const paint = live.paint ? (live.paint[code] ?? { fill: '#ffffff', empty: true }) : PLAIN;
  const selected = live.selected === code;
  // The islands are specks at the inset's scale: a wide stroke in their own colour makes their class visible.
  const islandStroke = paint.empty ? '#1e293b' : paint.fill;
  return {
    color: selected ? '#0f172a' : island ? islandStroke : '#64748b',
    weight: selected ? 3 : island ? 5 : 0.6,
    dashArray: paint.empty && !selected ? '2 3' : undefined,
    fillColor: paint.fill,
    fillOpacity: 1,
  };
}

function tooltipContent(lines: string[]): HTMLElement {
  const box = document.createElement('div');
  lines.forEach((line, index) => {
    const row = document.createElement(index === 0 ? 'strong' : 'div');
    row.textContent = line;
    if (index === 0) row.style.display = 'block';
    box.append(row);
  });
  return box;
}

function bindHandlers(live: React.RefObject<Live>) {
  return (feature: Feature, layer: L.Layer) => {
    const { code, name } = feature.properties as KelurahanProperties;
    layer.bindTooltip(() => tooltipContent(live.current.describe?.(code) ?? [name]), { sticky: true });
    layer.on('click', () => live.current.onSelect?.(code));
    layer.on('add', () => {
      const element = (layer as L.Path).getElement();
      element?.setAttribute('data-kode', code);
    });
  };
}

/** Repaints every kelurahan when the paint or the selection changes; Leaflet keeps the shapes. */
function useRepaint(layer: React.RefObject<L.GeoJSON | null>, live: Live, island = false) {
  useEffect(() => {
    layer.current?.eachLayer((shape) => {
      const feature = (shape as L.Path & { feature?: KelurahanFeature }).feature;
      if (!feature) return;
      (shape as L.Path).setStyle(styleOf(feature.properties.code, live, island));
      if (live.selected === feature.properties.code) (shape as L.Path).bringToFront();
    });
  }, [layer, live, island]);
}

function FitTo({ features, fallback }: { features: KelurahanFeature[]; fallback: L.LatLngBounds }) {
  const map = useMap();
  useEffect(() => {
    // No animation: a zoom still running when the reader switches to the table ends on a removed map and
    // throws in Leaflet ("_leaflet_pos" of undefined).
    if (features.length > 0)
      map.fitBounds(boundsOf(features), { padding: [24, 24], maxZoom: 15, animate: false });
    else map.fitBounds(fallback, { ...mainlandPadding(), animate: false });
  }, [map, features, fallback]);
  return null;
}

export function KelurahanMap(props: KelurahanMapProps) {
  const { kelurahanUrl, outlinesUrl, tileUrl, tileAttribution, focus, heightClass = MAP_HEIGHT } = props;
  const kelurahan = useGeoJson<KelurahanCollection>(kelurahanUrl);
  const outlines = useGeoJson<OutlineCollection>(outlinesUrl);
  const t = useTranslate();
  const { paint, describe, onSelect, selected } = props;
  const live = useMemo<Live>(
    () => ({ paint, describe, onSelect, selected }),
    [paint, describe, onSelect, selected],
  );
  const liveRef = useRef<Live>(live);
  liveRef.current = live;
  const mainLayer = useRef<L.GeoJSON | null>(null);
  const insetLayer = useRef<L.GeoJSON | null>(null);
  useRepaint(mainLayer, live);
  useRepaint(insetLayer, live, true);
  const features = kelurahan.state === 'ready' ? kelurahan.data.features : undefined;
  const shapes = useMemo(() => {
    if (!features) return undefined;
    return {
      islands: features.filter(isIsland),
      mainland: boundsOf(features.filter((feature) => !isIsland(feature))),
      focused: focus ? features.filter((feature) => inRegion(feature, focus)) : [],
    };
  }, [features, focus]);
  if (kelurahan.state === 'error' || outlines.state === 'error')
    return <MapMessage>{t('map.error')}</MapMessage>;
  if (kelurahan.state === 'loading' || outlines.state === 'loading' || !shapes)
    return <MapMessage busy>{t('map.loadingBoundaries')}</MapMessage>;
  const { islands, mainland, focused } = shapes;
  const onEach = bindHandlers(liveRef);
  return (
    <div className={`relative ${heightClass}`} data-testid="kelurahan-map">
      <MapContainer
        bounds={mainland}
        boundsOptions={mainlandPadding()}
        zoomSnap={0.25}
        zoomControl={false}
        className="map-plain h-full w-full"
        attributionControl={false}
      >
        {tileUrl ? <TileLayer url={tileUrl} attribution={tileAttribution ?? ''} /> : null}
        <GeoJSON
          ref={mainLayer}
          data={kelurahan.data}
          style={(feature) => styleOf(codeOf(feature), liveRef.current)}
          onEachFeature={onEach}
          attribution={t('map.boundaryCredit')}
        />
        <GeoJSON data={outlines.data} style={outlineStyle} interactive={false} />
        <FitTo features={focused} fallback={mainland} />
        <ZoomControl position="topright" zoomInTitle={t('map.zoomIn')} zoomOutTitle={t('map.zoomOut')} />
        <AttributionControl position="bottomright" prefix={false} />
      </MapContainer>
      {islands.length > 0 ? (
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
              ref={insetLayer}
              data={{ type: 'FeatureCollection', features: islands } as KelurahanCollection}
              style={(feature) => styleOf(codeOf(feature), liveRef.current, true)}
              onEachFeature={onEach}
            />
          </MapContainer>
        </figure>
      ) : null}
    </div>
  );
}
