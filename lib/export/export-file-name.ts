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
  if (body.compare) parts.push(`banding-${body.compare}`);
  if (table.source.synthetic) parts.push('sintetis');
  return `${parts.join('_')}.${extension}`;
}
