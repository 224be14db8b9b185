import { PNG } from 'pngjs';
import type { BarsFigure, MapFigure, RenderedPng, TrendFigure } from '../figures/figure-types';
import type { Deck } from './deck-types';

/**
 * A deck with one figure of each kind, for the builders' tests and for looking at the output. The
 * pictures are plain drawn PNGs (the builders place them, they never read them).
 */

/** A picture with something to see: a frame, a coloured block and stripes, so stretching would show. */
export function samplePicture(width: number, height: number): RenderedPng {
  const png = new PNG({ width, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const edge = x < 8 || y < 8 || x >= width - 8 || y >= height - 8;
      const block = x > width * 0.2 && x < width * 0.6 && y > height * 0.25 && y < height * 0.75;
      const stripe = x > width * 0.65 && Math.floor(y / (height / 10)) % 2 === 0;
      const [r, g, b] = edge
        ? [51, 65, 85]
        : block
          ? [0, 114, 178]
          : stripe
            ? [230, 159, 0]
            : [248, 250, 252];
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = 255;
    }
  }
  return { png: new Uint8Array(PNG.sync.write(png)), width, height };
}

const percent = (value: number) => `${value.toFixed(1).replace('.', ',')}%`;
const SOURCE = 'Sumber: Data Dasawisma PKK Provinsi DKI Jakarta, diolah; periode 2026S1; data sintetis';

export const trendFigure: TrendFigure = {
  kind: 'trend',
  title: 'Tren air minum layak',
  subtitle: 'Kota Jakarta Utara · 2024S1–2026S1',
  source: SOURCE,
  notes: ['Nilai ditekan bila n < 10 (★ = ditekan)'],
  periods: ['2024S1', '2024S2', '2025S1', '2025S2', '2026S1'],
  lines: [
    { name: 'Kota Jakarta Utara', values: [78.2, 80.1, null, 83.4, 84.0] },
    { name: 'Provinsi DKI Jakarta', values: [81.0, 81.9, 82.5, 83.0, 0] },
  ],
  formatValue: percent,
  percent: true,
};

export const barsFigure: BarsFigure = {
  kind: 'bars',
  title: 'Air minum layak per kecamatan',
  subtitle: 'Kota Jakarta Utara · Semester 1 2026 (2026S1)',
  source: SOURCE,
  notes: [],
  bars: [
    { label: 'Penjaringan', value: 71.5 },
    { label: 'Pademangan', value: null },
    { label: 'Tanjung Priok', value: 88.2, highlight: true },
    { label: 'Koja', value: 79.9 },
    { label: 'Kelapa Gading', value: 93.1 },
    { label: 'Cilincing', value: 66.4 },
  ],
  formatValue: percent,
  axisLabel: 'Nilai (%)',
  missingLabel: 'ditekan',
};

export const mapFigure: MapFigure = {
  kind: 'map',
  title: 'Air minum layak per kelurahan',
  subtitle: 'Kota Jakarta Utara · Semester 1 2026 (2026S1)',
  source: SOURCE,
  notes: ['3 kelurahan ditekan (n < 10)'],
  kelurahan: { type: 'FeatureCollection', features: [] },
  outlines: { type: 'FeatureCollection', features: [] },
  fills: {},
  focus: '3172',
  legendTitle: 'Air minum layak (%)',
  legend: [{ colour: '#0072B2', label: '≥ 90%' }],
};

export type SampleOptions = { language?: 'id' | 'en'; pictureWidth?: number; pictureHeight?: number };

export function sampleDeck(options: SampleOptions = {}): Deck {
  const { language = 'id', pictureWidth = 240, pictureHeight = 152 } = options;
  const picture = samplePicture(pictureWidth, pictureHeight);
  const en = language === 'en';
  return {
    language,
    title: en ? 'Meeting material: Safe water & "North Jakarta"' : 'Bahan rapat: Air minum & "Jakarta Utara"',
    subtitle: en ? 'North Jakarta City · Semester 1 2026' : 'Kota Jakarta Utara · Semester 1 2026 (2026S1)',
    made: en ? 'Made 30 November 2026 at 12:00 WIB' : 'Dibuat 30 November 2026 pukul 12.00 WIB',
    source: SOURCE,
    notesHeading: en ? 'Speaker notes' : 'Catatan pembicara',
    titleNotes: en ? 'This deck holds 3 figure slides.' : 'Bahan rapat ini berisi 3 slide gambar.',
    slides: [
      {
        figure: trendFigure,
        picture,
        notes:
          'Definisi: rumah tangga dengan air minum layak.\nn = 1.234 rumah tangga; nilai ≥ 80% dianggap baik.',
      },
      { figure: barsFigure, picture, notes: 'Pademangan ditekan karena n < 10 – lihat catatan.' },
      { figure: mapFigure, picture, notes: 'Peta per kelurahan · warna lebih gelap = nilai lebih tinggi.' },
    ],
  };
}
