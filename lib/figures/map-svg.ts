import { type GeoProjection, geoMercator, geoPath } from 'd3-geo';
import type { AreaFill, MapFigure } from './figure-types';
import { verticalLegend } from './legend-svg';
import {
  collection,
  inRegion,
  isFocused,
  isIsland,
  type KelurahanFeature,
  rewindFeature,
} from './map-geometry';
import { type Block, FIGURE_WIDTH, MARGIN } from './svg-frame';
import { escapeXml, round, svgText } from './svg-text';

const LEGEND_WIDTH = 250;
const MAP_HEIGHT = 560;
const MAP_RIGHT = FIGURE_WIDTH - MARGIN - LEGEND_WIDTH - 32;
/** Kepulauan Seribu runs 80 km north to south but is narrow: a tall box fits it without wasting space. */
const INSET = { width: 190, height: 260, caption: 28, padding: 10 };
const NO_DATA: AreaFill = { fill: '#ffffff', empty: true };

type Box = [[number, number], [number, number]];

function fitted(features: KelurahanFeature[], box: Box): GeoProjection {
  return geoMercator().fitExtent(box, collection(features));
}

/** One kelurahan: its fill; "no data" white with a dashed outline, as on the screen map. */
function areaPath(d: string, fill: AreaFill, island: boolean, code: string): string {
  const dash = fill.empty ? ' stroke-dasharray="2 2"' : '';
  // The islands are specks at any scale that shows them: a wide stroke in their own fill keeps them visible.
  const stroke = island
    ? ` stroke="${fill.empty ? '#1e293b' : fill.fill}" stroke-width="${fill.empty ? 1.2 : 4}"`
    : fill.empty
      ? ' stroke-width="0.8"'
      : '';
  return `<path data-code="${escapeXml(code)}" fill="${escapeXml(fill.fill)}"${stroke}${dash} d="${d}"/>`;
}

function drawAreas(figure: MapFigure, features: KelurahanFeature[], projection: GeoProjection): string {
  const path = geoPath(projection).digits(1);
  const paths = features.map((feature) => {
    const given = figure.fills[feature.properties.code];
    const fill = !given || given.empty ? NO_DATA : given;
    const d = path(feature) ?? '';
    return d ? areaPath(d, fill, isIsland(feature), feature.properties.code) : '';
  });
  return `<g stroke="#64748b" stroke-width="0.5" stroke-linejoin="round">${paths.join('')}</g>`;
}

/** Kecamatan then kota borders on top of the fills, clipped to the map so a zoomed map stays in its frame. */
function drawOutlines(figure: MapFigure, projection: GeoProjection, clipId: string): string {
  const path = geoPath(projection).digits(1);
  const order = ['district', 'city'] as const;
  const lines = order.flatMap((level) =>
    figure.outlines.features
      .filter((feature) => feature.properties.level === level)
      .map((feature) => {
        const d = path(feature);
        const style =
          level === 'city' ? 'stroke="#1e293b" stroke-width="1.6"' : 'stroke="#475569" stroke-width="0.8"';
        return d ? `<path fill="none" ${style} stroke-linejoin="round" d="${d}"/>` : '';
      }),
  );
  return `<g clip-path="url(#${clipId})">${lines.join('')}</g>`;
}

function drawInset(figure: MapFigure, islands: KelurahanFeature[], top: number): string {
  const x = MARGIN;
  const inner: Box = [
    [x + INSET.padding, top + INSET.caption + INSET.padding / 2],
    [x + INSET.width - INSET.padding, top + INSET.height - INSET.padding],
  ];
  return [
    `<rect x="${x}" y="${top}" width="${INSET.width}" height="${INSET.height}" fill="#ffffff" stroke="#94a3b8"/>`,
    svgText(x + 10, top + 19, 'Kepulauan Seribu', { size: 14, weight: 600, fill: '#1e293b' }),
    drawAreas(figure, islands, fitted(islands, inner)),
  ].join('');
}

/**
 * Fits `shown` into the box; a region wider than the box's shape (Jakarta Utara along the coast) then takes
 * less than the full height, and the map is cut to that height instead of leaving bands of white.
 */
function fitMain(shown: KelurahanFeature[], box: Box): { projection: GeoProjection; height: number } {
  const projection = fitted(shown, box);
  const [[, y0], [, y1]] = geoPath(projection).bounds(collection(shown));
  const used = Math.ceil(y1 - y0) + 2;
  const full = box[1][1] - box[0][1];
  if (used >= full - 8) return { projection, height: full };
  return { projection: fitted(shown, [box[0], [box[1][0], box[0][1] + used]]), height: used };
}

/**
 * Where the outlines may show: the map area for all of Jakarta; the focused kelurahan themselves when zoomed,
 * so the borders of the neighbouring kota (whose fills are not drawn) do not read as blank kelurahan.
 */
function clipPath(
  id: string,
  top: number,
  height: number,
  focus: KelurahanFeature[],
  projection: GeoProjection,
) {
  const path = geoPath(projection).digits(1);
  const shapes =
    focus.length > 0
      ? focus.map((feature) => `<path d="${path(feature) ?? ''}"/>`).join('')
      : `<rect x="${MARGIN}" y="${top}" width="${MAP_RIGHT - MARGIN}" height="${height}"/>`;
  return `<defs><clipPath id="${id}">${shapes}</clipPath></defs>`;
}

/**
 * The choropleth: all of Jakarta with Kepulauan Seribu in an inset (top left, beside the mainland so they
 * never overlap), or a kota or kecamatan alone when `focus` names one. The legend stands to the right.
 */
export function mapBody(figure: MapFigure, top: number): Block {
  const all = figure.kelurahan.features.map(rewindFeature);
  const focused = isFocused(figure.focus)
    ? all.filter((feature) => inRegion(feature, figure.focus ?? ''))
    : [];
  const islands = all.filter(isIsland);
  const mainland = all.filter((feature) => !isIsland(feature));
  // An unknown focus code draws all of Jakarta rather than an empty frame.
  const zoomed = focused.length > 0;
  const withInset = !zoomed && islands.length > 0 && mainland.length > 0;
  const shown = zoomed ? focused : withInset ? mainland : all;
  const left = withInset ? MARGIN + INSET.width + 24 : MARGIN;
  const parts: string[] = [];
  let height = withInset ? INSET.height : 0;
  if (shown.length > 0) {
    const main = fitMain(shown, [
      [left, top],
      [MAP_RIGHT, top + MAP_HEIGHT],
    ]);
    const clipId = 'map-clip';
    parts.push(
      clipPath(clipId, top, main.height, zoomed ? focused : [], main.projection),
      drawAreas(figure, shown, main.projection),
      drawOutlines(figure, main.projection, clipId),
    );
    height = Math.max(height, main.height);
  }
  if (withInset) parts.push(drawInset(figure, islands, top));
  const legend = verticalLegend(MAP_RIGHT + 32, top, LEGEND_WIDTH, figure.legendTitle, figure.legend);
  parts.push(legend.markup);
  return { markup: parts.join(''), height: round(Math.max(height, legend.height)) };
}
