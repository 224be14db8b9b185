import type { ValueRow, ValuesTable } from '../api/values-table';
import { findIndicator } from '../indicators/catalogue';

/** A small table for the unit tests of the files: a shown, a withheld and an empty row, and a name to quote. */
export function sampleValuesTable({ compare }: { compare: boolean }): ValuesTable {
  const rows: ValueRow[] = [
    {
      code: '31.71.01.1001',
      name: 'Gambir',
      numerator: 20,
      denominator: 30,
      value: 200 / 3,
      suppressed: false,
      change: -1.25,
    },
    { code: '31.71.01.1002', name: 'Cideng', numerator: null, denominator: 4, value: null, suppressed: true },
    {
      code: '31.71.01.1003',
      name: 'Kampung "Baru", Utara',
      numerator: null,
      denominator: null,
      value: null,
      suppressed: false,
      change: null,
    },
  ];
  const indicator = findIndicator('safe_water');
  if (!indicator) throw new Error('safe_water is missing from the catalogue');
  return {
    body: {
      indicator: 'safe_water',
      period: '2026S1',
      level: 'village',
      parent: '31.71',
      ...(compare ? { compare: '2025S1' } : {}),
      rows: compare ? rows : rows.map(({ change: _, ...row }) => row),
    },
    indicator,
    source: { period: '2026S1', synthetic: false, lastImportAt: new Date('2026-07-02T03:04:00Z') },
    minDenominator: 10,
  };
}
