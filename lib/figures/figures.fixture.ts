import type { Feature, MultiLineString, Polygon } from 'geojson';
import type { KelurahanProperties, OutlineProperties } from '../geo/build-geo-assets';
import type { BarsFigure, MapFigure, TrendFigure } from './figure-types';

/**
 * A square kelurahan, exterior ring counter-clockwise as RFC 7946 (and our served files) write it.
 * `clockwise` writes it the way d3 prefers, to check both are drawn alike.
 */
function square(
  code: string,
  lon: number,
  lat: number,
  size = 0.02,
  clockwise = false,
): Feature<Polygon, KelurahanProperties> {
  const ring = [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
  const [province, city, district] = code.split('.');
  return {
    type: 'Feature',
    properties: {
      code,
      name: `Kelurahan ${code}`,
      district: `${province}.${city}.${district}`,
      city: `${province}.${city}`,
    },
    geometry: { type: 'Polygon', coordinates: [clockwise ? ring.reverse() : ring] },
  };
}

/** Two kecamatan of Jakarta Pusat (2 × 2 squares), one kelurahan of Jakarta Utara, one island far north. */
export function fixtureKelurahan(clockwise = false): MapFigure['kelurahan'] {
  return {
    type: 'FeatureCollection',
    features: [
      square('31.71.01.1001', 106.8, -6.2, 0.02, clockwise),
      square('31.71.01.1002', 106.82, -6.2, 0.02, clockwise),
      square('31.71.02.1001', 106.8, -6.22, 0.02, clockwise),
      square('31.71.02.1002', 106.82, -6.22, 0.02, clockwise),
      square('31.72.01.1001', 106.84, -6.18, 0.04, clockwise),
      square('31.01.01.1001', 106.6, -5.6, 0.01, clockwise),
    ],
  };
}

const line = (level: OutlineProperties['level'], coordinates: number[][][]) =>
  ({
    type: 'Feature',
    properties: { level },
    geometry: { type: 'MultiLineString', coordinates },
  }) satisfies Feature<MultiLineString, OutlineProperties>;

export const FIXTURE_OUTLINES: MapFigure['outlines'] = {
  type: 'FeatureCollection',
  features: [
    line('district', [
      [
        [106.8, -6.2],
        [106.84, -6.2],
      ],
    ]),
    line('city', [
      [
        [106.84, -6.22],
        [106.84, -6.14],
      ],
    ]),
  ],
};

export const TRICKY_NAME = 'Kampung "Baru" & Utara <Timur>';

const text = {
  title: `Air minum layak di ${TRICKY_NAME}`,
  subtitle: 'Kota Jakarta Pusat · Semester 1 2026 (2026S1)',
  source: 'Sumber: Data Dasawisma PKK Provinsi DKI Jakarta, diolah; periode 2026S1; data sintetis',
  notes: ['Nilai ditekan bila kurang dari 10 rumah tangga.', 'Catatan kedua.'],
};

export function mapFigure(overrides: Partial<MapFigure> = {}): MapFigure {
  return {
    kind: 'map',
    ...text,
    kelurahan: fixtureKelurahan(),
    outlines: FIXTURE_OUTLINES,
    fills: {
      '31.71.01.1001': { fill: '#08519c' },
      '31.71.01.1002': { fill: '#3182bd' },
      '31.71.02.1001': { fill: '#3182bd' },
      '31.71.02.1002': { fill: '#ffffff', empty: true },
      '31.01.01.1001': { fill: '#6baed6' },
    },
    legendTitle: 'Air minum layak (%)',
    legend: [
      { colour: '#08519c', label: '90% – 100%' },
      { colour: '#3182bd', label: `80% – 90% ${TRICKY_NAME}` },
      { colour: '#ffffff', label: 'Tidak ada data', empty: true },
    ],
    ...overrides,
  };
}

const percent = (value: number) => `${value.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`;

export function trendFigure(overrides: Partial<TrendFigure> = {}): TrendFigure {
  return {
    kind: 'trend',
    ...text,
    periods: ['2024S1', '2024S2', '2025S1', '2025S2', '2026S1'],
    lines: [
      { name: 'Kota Jakarta Pusat', values: [80, 81.5, 82, 83.2, 84] },
      { name: 'Provinsi DKI Jakarta', values: [78, 79, null, 81, 82] },
      { name: TRICKY_NAME, values: [null, null, 75, null, null] },
    ],
    formatValue: percent,
    percent: true,
    ...overrides,
  };
}

export function barsFigure(overrides: Partial<BarsFigure> = {}): BarsFigure {
  return {
    kind: 'bars',
    ...text,
    bars: [
      { label: 'Gambir', value: 100 },
      { label: TRICKY_NAME, value: 50, highlight: true },
      { label: 'Tanah Abang', value: null },
      { label: 'Menteng', value: 25 },
    ],
    formatValue: percent,
    axisLabel: 'Nilai (%)',
    missingLabel: 'ditekan',
    ...overrides,
  };
}
