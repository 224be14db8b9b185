import { describe, expect, it } from 'vitest';
import { findIndicator } from '../indicators/catalogue';
import { exportFileName, regionValuesFileName, slugify } from './export-file-name';
import { sampleValuesTable } from './values-table.fixture';

describe('slugify', () => {
  it('keeps letters and digits of the Indonesian name, joined by hyphens', () => {
    expect(slugify('Air minum layak')).toBe('air-minum-layak');
    expect(slugify('Saluran limbah (SPAL)')).toBe('saluran-limbah-spal');
    expect(slugify('Buta aksara usia 15+')).toBe('buta-aksara-usia-15');
    expect(slugify('Kesehatan & KB — Pos Yandu')).toBe('kesehatan-kb-pos-yandu');
    expect(slugify('Évaluasi')).toBe('evaluasi');
  });
});

describe('exportFileName', () => {
  it('names the indicator, periode, level in Indonesian, parent and compare periode', () => {
    expect(exportFileName(sampleValuesTable({ compare: true }), 'csv')).toBe(
      'air-minum-layak_2026S1_kelurahan_31.71_banding-2025S1.csv',
    );
  });

  it('leaves out parent and compare when they were not asked for', () => {
    const indicator = findIndicator('families');
    if (!indicator) throw new Error('families is missing from the catalogue');
    const body = { indicator: 'families', period: '2025S1', level: 'city' as const, rows: [] };
    expect(exportFileName({ body, indicator, source: { synthetic: false } }, 'xlsx')).toBe(
      'jumlah-keluarga_2025S1_kota.xlsx',
    );
  });

  it('marks a file of synthetic (demo) data in its name', () => {
    const table = sampleValuesTable({ compare: false });
    expect(exportFileName({ ...table, source: { ...table.source, synthetic: true } }, 'csv')).toBe(
      'air-minum-layak_2026S1_kelurahan_31.71_sintetis.csv',
    );
  });
});

describe('regionValuesFileName', () => {
  const region = (code: string) => ({ code, name: code, level: 'city' as const, parent: '31' });
  it('names the regions, the periode, the compare periode and demo data', () => {
    const body = {
      regions: [region('31.71'), region('31.72')],
      period: '2026S1',
      compare: '2025S2',
      rows: [],
    };
    expect(regionValuesFileName({ body, source: { synthetic: true } }, 'csv')).toBe(
      'indikator-wilayah_31.71-31.72_2026S1_banding-2025S2_sintetis.csv',
    );
    expect(
      regionValuesFileName({ body: { ...body, compare: undefined }, source: { synthetic: false } }, 'xlsx'),
    ).toBe('indikator-wilayah_31.71-31.72_2026S1.xlsx');
  });
});
