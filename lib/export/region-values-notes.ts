import type { RegionValuesTable } from '../api/region-values-table';
import { INDICATORS, type IndicatorKind } from '../indicators/catalogue';
import { LEVEL_NAMES } from './values-columns';
import { CHANGES, compareFilter, LEVEL_NAMES_EN, type Note, provenanceNotes } from './values-notes';

const KIND_NAMES: Record<IndicatorKind, { id: string; en: string }> = {
  percent: { id: 'persentase', en: 'percentages' },
  count: { id: 'jumlah', en: 'counts' },
  ratio: { id: 'rasio', en: 'ratios' },
};

function change({ body }: RegionValuesTable): Note[] {
  if (body.compare === undefined) return [];
  const kinds = Object.keys(CHANGES) as IndicatorKind[];
  const how = (language: 'id' | 'en') =>
    kinds.map((kind) => `${KIND_NAMES[kind][language]}: ${CHANGES[kind][language]}`).join('; ');
  return [
    {
      label: 'Perubahan (change)',
      id: `dari ${body.compare} ke ${body.period}; ${how('id')}; kosong bila salah satu nilai tidak ada atau ditekan`,
      en: `from ${body.compare} to ${body.period}; ${how('en')}; empty where either value is missing or withheld`,
    },
  ];
}

/** What a file of every indicator for some regions must say about itself to be read away from the dashboard. */
export function regionValuesNotes(table: RegionValuesTable, madeAt: Date): Note[] {
  const { body } = table;
  const suppressed = body.rows.filter((row) => row.suppressed).length;
  const regions = (names: Record<string, string>) =>
    body.regions.map((region) => `${region.code} ${region.name} (${names[region.level]})`).join('; ');
  return [
    {
      label: 'Isi (contents)',
      id: `Semua ${INDICATORS.length} indikator katalog untuk tiap wilayah, satu baris per indikator dan wilayah. Definisi: /api/v1/indicators`,
      en: `All ${INDICATORS.length} indicators of the catalogue for each region, one row per indicator and region. Definitions: /api/v1/indicators`,
    },
    { label: 'Filter: wilayah (region)', id: regions(LEVEL_NAMES), en: regions(LEVEL_NAMES_EN) },
    { label: 'Filter: periode (period)', id: body.period },
    compareFilter(body.compare),
    ...change(table),
    {
      label: 'Baris (rows)',
      id: `${body.rows.length} baris (${body.regions.length} wilayah × ${INDICATORS.length} indikator), ${suppressed} ditekan`,
      en: `${body.rows.length} rows (${body.regions.length} regions × ${INDICATORS.length} indicators), ${suppressed} withheld`,
    },
    ...provenanceNotes(table, madeAt),
  ];
}
