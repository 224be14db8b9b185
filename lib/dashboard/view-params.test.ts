import { describe, expect, it } from 'vitest';
import type { PeriodRow } from '../queries/list-periods';
import { parseMapParams, parseViewParams } from './view-params';

const periods = ['2025S1', '2025S2', '2026S1'].map(
  (period): PeriodRow => ({ period, synthetic: true, lastImportAt: null }),
);

describe('parseViewParams', () => {
  it('defaults to stunting risk in the latest periode, with the one before it', () => {
    expect(parseViewParams({}, periods)).toMatchObject({
      indicator: { id: 'stunting_risk' },
      period: '2026S1',
      previous: '2025S2',
    });
  });

  it('opens a theme on its first headline indicator, unless an indicator is named', () => {
    expect(parseViewParams({ tema: 'lingkungan_hunian' }, periods)?.indicator.id).toBe('safe_water');
    expect(parseViewParams({ tema: 'lingkungan_hunian', indikator: 'savings' }, periods)?.indicator.id).toBe(
      'savings',
    );
  });

  it('refuses an unknown indicator, theme or periode', () => {
    expect(parseViewParams({ indikator: 'tidak_ada' }, periods)).toBeUndefined();
    expect(parseViewParams({ tema: 'olahraga' }, periods)).toBeUndefined();
    expect(parseViewParams({ periode: '2030S1' }, periods)).toBeUndefined();
  });
});

describe('parseMapParams', () => {
  it('reads banding, kelas, wilayah and tampilan, with quantiles on a map by default', () => {
    expect(parseMapParams({}, periods)).toMatchObject({
      compare: undefined,
      method: 'kuantil',
      region: undefined,
      display: 'peta',
    });
    expect(
      parseMapParams(
        { periode: '2025s2', banding: '2025s1', kelas: 'ALAMI', wilayah: '31.71', tampilan: 'tabel' },
        periods,
      ),
    ).toMatchObject({
      period: '2025S2',
      compare: '2025S1',
      method: 'alami',
      region: '31.71',
      display: 'tabel',
    });
  });

  it('refuses a comparison that is not an earlier periode with data, and unknown choices', () => {
    expect(parseMapParams({ banding: '2026S1' }, periods)).toBeUndefined();
    expect(parseMapParams({ periode: '2025S2', banding: '2026S1' }, periods)).toBeUndefined();
    expect(parseMapParams({ banding: '2024S1' }, periods)).toBeUndefined();
    expect(parseMapParams({ kelas: 'acak' }, periods)).toBeUndefined();
    expect(parseMapParams({ tampilan: 'grafik' }, periods)).toBeUndefined();
  });
});
