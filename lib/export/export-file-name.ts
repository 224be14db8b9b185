import type { RegionValuesTable } from '../api/region-values-table';
import type { ValuesTable } from '../api/values-table';
import { LEVEL_NAMES } from './values-columns';

/** `Saluran limbah (SPAL)` → `saluran-limbah-spal`: ASCII only, so no header encoding is needed. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A name that says what the file holds: `air-minum-layak_2026S1_kelurahan_31.71_banding-2025S1.csv`,
 * ending in `_sintetis` for demo data, so that a file passed around is never taken for real records.
 */
export function exportFileName(
  table: Pick<ValuesTable, 'body' | 'indicator'> & { source: Pick<ValuesTable['source'], 'synthetic'> },
  extension: string,
): string {
  const { body, indicator } = table;
  const parts = [slugify(indicator.name.id), body.period, LEVEL_NAMES[body.level]];
  if (body.parent) parts.push(body.parent);
  return fileNameOf(parts, body.compare, table.source.synthetic, extension);
}

/** `indikator-wilayah_31.71-31.72_2026S1_banding-2025S2.csv`: every indicator of the regions named. */
export function regionValuesFileName(
  {
    body,
    source,
  }: Pick<RegionValuesTable, 'body'> & { source: Pick<RegionValuesTable['source'], 'synthetic'> },
  extension: string,
): string {
  const parts = ['indikator-wilayah', body.regions.map((region) => region.code).join('-'), body.period];
  return fileNameOf(parts, body.compare, source.synthetic, extension);
}

function fileNameOf(parts: string[], compare: string | undefined, synthetic: boolean, extension: string) {
  const tail = [...(compare ? [`banding-${compare}`] : []), ...(synthetic ? ['sintetis'] : [])];
  return `${[...parts, ...tail].join('_')}.${extension}`;
}
