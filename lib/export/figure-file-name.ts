import { slugify } from './export-file-name';

export type FigureFileParts = {
  /** What the file holds, in Indonesian like every file name: `peta`, `tren`, `sebaran`, `bahan-rapat`. */
  what: string;
  /** The Indonesian names of the indicators shown. */
  indicators: string[];
  period: string;
  compare?: string | undefined;
  regions: string[];
  synthetic: boolean;
};

/**
 * A file name that says what the figure or deck shows:
 * `peta_air-minum-layak_2026S1_31.71_banding-2025S2_sintetis.png`; a deck of several indicators counts them.
 */
export function figureFileName(parts: FigureFileParts, extension: string): string {
  const { indicators } = parts;
  const named = indicators.length === 1 ? slugify(indicators[0] as string) : `${indicators.length}-indikator`;
  const words = [parts.what, named, parts.period, ...parts.regions];
  if (parts.compare) words.push(`banding-${parts.compare}`);
  if (parts.synthetic) words.push('sintetis');
  return `${words.join('_')}.${extension}`;
}
