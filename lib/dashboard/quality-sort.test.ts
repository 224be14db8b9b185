import { describe, expect, it } from 'vitest';
import type { KelurahanQuality } from './quality-kelurahan';
import { DEFAULT_QUALITY_SORT, firstDescending, sortKelurahanQuality } from './quality-sort';

function row(
  name: string,
  coverage: number | null,
  freshness: KelurahanQuality['freshness'],
  extra: Partial<KelurahanQuality> = {},
): KelurahanQuality {
  return {
    code: `31.71.01.${name}`,
    name,
    district: 'Gambir',
    city: 'Jakarta Pusat',
    cityCode: '31.71',
    families: 10,
    coverage: {
      numerator: coverage === null ? null : coverage,
      denominator: coverage === null ? 4 : 100,
      value: coverage,
      suppressed: coverage === null,
    },
    lastPendataan: freshness === 'never' ? null : '2026-02-01',
    freshness,
    ...extra,
  };
}

const names = (rows: KelurahanQuality[]) => rows.map((r) => r.name);

describe('sortKelurahanQuality', () => {
  const rows = [
    row('Anyar', 95, 'current'),
    row('Baru', 40, 'current'),
    row('Cempaka', null, 'stale'),
    row('Duri', 70, 'stale'),
    row('Empang', 0, 'never'),
  ];

  it('puts the kelurahan to chase first by default: never visited, stale, then the lowest coverage', () => {
    expect(names(sortKelurahanQuality(rows, DEFAULT_QUALITY_SORT))).toEqual([
      'Empang',
      'Duri',
      'Cempaka',
      'Baru',
      'Anyar',
    ]);
  });

  it('sorts by coverage either way, with withheld values last both times', () => {
    expect(names(sortKelurahanQuality(rows, { column: 'coverage', descending: false }))).toEqual([
      'Empang',
      'Baru',
      'Duri',
      'Anyar',
      'Cempaka',
    ]);
    expect(names(sortKelurahanQuality(rows, { column: 'coverage', descending: true }))).toEqual([
      'Anyar',
      'Duri',
      'Baru',
      'Empang',
      'Cempaka',
    ]);
  });

  it('sorts names alphabetically and the target (n) by size, breaking ties by coverage', () => {
    expect(names(sortKelurahanQuality(rows, { column: 'name', descending: true }))).toEqual([
      'Empang',
      'Duri',
      'Cempaka',
      'Baru',
      'Anyar',
    ]);
    expect(names(sortKelurahanQuality(rows, { column: 'target', descending: true }))).toEqual([
      'Empang',
      'Baru',
      'Duri',
      'Anyar',
      'Cempaka',
    ]);
  });

  it('starts counts from the largest and everything else from the worst', () => {
    expect(firstDescending('families')).toBe(true);
    expect(firstDescending('coverage')).toBe(false);
    expect(firstDescending('lastPendataan')).toBe(false);
  });
});
