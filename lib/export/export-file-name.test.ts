import { describe, expect, it } from 'vitest';
import { findIndicator } from '../indicators/catalogue';
import { exportFileName, slugify } from './export-file-name';
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
