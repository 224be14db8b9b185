import type { ValuesTable } from '../api/values-table';
import { formatJakartaTime } from '../format';
import type { RegionLevel } from '../geo/region-codes';
import type { Direction, IndicatorKind, Text } from '../indicators/catalogue';
import { LEVEL_NAMES } from './values-columns';

/** One line of the "Keterangan" sheet: a label, then the Indonesian text and, where it differs, the English. */
export type Note = { label: string; id: string; en?: string };

export const SOURCE_LINE = 'Sumber: Data Dasawisma PKK Provinsi DKI Jakarta, diolah';

const DIRECTIONS: Record<Direction, Text> = {
  higher_is_better: { id: 'makin tinggi makin baik', en: 'higher is better' },
  lower_is_better: { id: 'makin rendah makin baik', en: 'lower is better' },
  neutral: { id: 'netral: tidak ada arah yang lebih baik', en: 'neutral: neither direction is better' },
};

// The change is computed differently per kind (spec/indicators.md, "Change between periods").
export const CHANGES: Record<IndicatorKind, Text> = {
  percent: { id: 'selisih dalam poin persen', en: 'difference in percentage points' },
  count: { id: 'perubahan relatif dalam persen', en: 'relative change in percent' },
  ratio: { id: 'selisih nilai', en: 'difference of the values' },
};

export const LEVEL_NAMES_EN: Record<RegionLevel, string> = {
  province: 'province',
  city: 'city',
  district: 'district',
  village: 'village',
};

function jakartaTime(date: Date): Text {
  return { id: formatJakartaTime(date, 'id-ID'), en: formatJakartaTime(date, 'en-GB') };
}

function dataSource({ synthetic, lastImportAt }: ValuesTable['source']): Text {
  if (synthetic) return { id: 'Data sintetis (demo)', en: 'Synthetic data (demo)' };
  if (!lastImportAt) return { id: 'Data impor', en: 'Imported data' };
  const when = jakartaTime(lastImportAt);
  return { id: `Data impor, impor terakhir ${when.id}`, en: `Imported data, last import ${when.en}` };
}

function suppression(minDenominator: number): Text {
  return {
    id:
      `Nilai dengan penyebut di bawah ${minDenominator} (MIN_DENOMINATOR) tidak ditampilkan: pembilang dan ` +
      'nilainya dikosongkan dan kolom "ditekan" berisi "ya". Jumlah (keluarga, jiwa) tidak pernah ditekan. ' +
      'Wilayah tanpa data berisi sel kosong dengan "ditekan" = "tidak".',
    en:
      `Values whose denominator is below ${minDenominator} (MIN_DENOMINATOR) are withheld: their numerator ` +
      'and value are left empty and the column "ditekan" (suppressed) says "ya" (yes). Counts (families, ' +
      'persons) are never withheld. Regions without data have empty cells with "ditekan" = "tidak" (no).',
  };
}

/** Where the data comes from, what was withheld, the source line and when the file was made: every file ends so. */
export function provenanceNotes(
  { source, minDenominator }: Pick<ValuesTable, 'source' | 'minDenominator'>,
  madeAt: Date,
): Note[] {
  return [
    { label: 'Sumber data (data source)', ...dataSource(source) },
    { label: 'Penekanan (suppression)', ...suppression(minDenominator) },
    {
      label: 'Sumber (source)',
      id: SOURCE_LINE,
      en: 'Source: Dasawisma PKK records of DKI Jakarta Province, processed',
    },
    { label: 'Dibuat (made)', ...jakartaTime(madeAt) },
  ];
}

/** The compare periode as a filter line. */
export function compareFilter(compare: string | undefined): Note {
  return { label: 'Filter: periode banding (compare)', id: compare ?? 'tidak ada', en: compare ?? 'none' };
}

function filters({ body }: ValuesTable): Note[] {
  return [
    { label: 'Filter: indikator (indicator)', id: body.indicator },
    { label: 'Filter: periode (period)', id: body.period },
    {
      label: 'Filter: tingkat (level)',
      id: LEVEL_NAMES[body.level],
      en: LEVEL_NAMES_EN[body.level],
    },
    { label: 'Filter: induk (parent)', id: body.parent ?? 'semua wilayah', en: body.parent ?? 'all regions' },
    compareFilter(body.compare),
  ];
}

function change({ body, indicator }: ValuesTable): Note[] {
  if (body.compare === undefined) return [];
  const how = CHANGES[indicator.kind];
  return [
    {
      label: 'Perubahan (change)',
      id: `${how.id}, dari ${body.compare} ke ${body.period}; kosong bila salah satu nilai tidak ada atau ditekan`,
      en: `${how.en}, from ${body.compare} to ${body.period}; empty where either value is missing or withheld`,
    },
  ];
}

/** What the file must say about itself, so that it can be read and cited away from the dashboard. */
export function valuesNotes(table: ValuesTable, madeAt: Date): Note[] {
  const { indicator, body } = table;
  const suppressed = body.rows.filter((row) => row.suppressed).length;
  return [
    { label: 'Indikator (indicator)', ...indicator.name },
    { label: 'Definisi (definition)', ...indicator.definition },
    { label: 'Satuan (unit)', ...indicator.unit },
    { label: 'Arah (direction)', ...DIRECTIONS[indicator.direction] },
    ...filters(table),
    ...change(table),
    {
      label: 'Baris (rows)',
      id: `${body.rows.length} wilayah, ${suppressed} ditekan`,
      en: `${body.rows.length} regions, ${suppressed} withheld`,
    },
    ...provenanceNotes(table, madeAt),
  ];
}
