import type { FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { KelurahanProperties, OutlineProperties } from '../geo/build-geo-assets';

/**
 * What every exported chart or map says about itself, already in the reader's language: it must be
 * readable away from the dashboard (on a slide, in a report), so nothing here is left to the viewer.
 */
export type FigureText = {
  /** `Air minum layak` or `Tren air minum layak`. */
  title: string;
  /** The region and the periode: `Kota Jakarta Utara · Semester 1 2026 (2026S1)`. */
  subtitle: string;
  /** `Sumber: Data Dasawisma PKK Provinsi DKI Jakarta, diolah; periode 2026S1; data sintetis`. */
  source: string;
  /** Footnotes, e.g. the suppression note when a value was withheld; may be empty. */
  notes: string[];
};

export type LegendItem = {
  colour: string;
  label: string;
  /** Drawn as an outline with a dashed border (no data), not as a filled swatch. */
  empty?: boolean;
};

/** How a kelurahan is painted: the same fill as on the screen map. */
export type AreaFill = { fill: string; empty?: boolean };

export type MapFigure = FigureText & {
  kind: 'map';
  kelurahan: FeatureCollection<Polygon | MultiPolygon, KelurahanProperties>;
  outlines: FeatureCollection<MultiLineString, OutlineProperties>;
  /** Fill of each kelurahan by code; a kelurahan without an entry is drawn as "no data". */
  fills: Record<string, AreaFill>;
  /** A kota or kecamatan code to zoom to; undefined (or `31`) draws all of Jakarta with the islands inset. */
  focus?: string | undefined;
  legendTitle: string;
  legend: LegendItem[];
};

export type TrendFigure = FigureText & {
  kind: 'trend';
  /** The x axis, oldest first: labels as shown (`2025S2`). */
  periods: string[];
  /** One line per region; null where the value is withheld or missing (the line breaks there). */
  lines: { name: string; values: (number | null)[] }[];
  /** Formats an axis tick or a value as the reader reads it (`82,3%`, `1.234`). */
  formatValue: (value: number) => string;
  /** A percentage axis stays within 0–100. */
  percent: boolean;
};

export type BarsFigure = FigureText & {
  kind: 'bars';
  /** Bars from top to bottom (drawn horizontally, so long labels fit). */
  bars: { label: string; value: number | null; highlight?: boolean }[];
  formatValue: (value: number) => string;
  /** What the bar length measures: `Jumlah kelurahan`, `Nilai (%)`. */
  axisLabel: string;
  /** Said in place of the bar when a value is null: `ditekan` or `tidak ada data`. */
  missingLabel: string;
};

export type Figure = MapFigure | TrendFigure | BarsFigure;

/** A figure drawn: a standalone SVG document of `width` × `height` CSS pixels. */
export type RenderedSvg = { svg: string; width: number; height: number };

/** A PNG and its size in pixels; with the same pixels raw (RGBA) when the renderer has them, which spares a
 * PDF decoding the PNG again. */
export type RenderedPng = { png: Uint8Array; width: number; height: number; rgba?: Uint8Array };
