import { describe, expect, it } from 'vitest';
import type { PeriodRow } from '../queries/list-periods';
import { parseQualityParams } from './quality-params';

const periods: PeriodRow[] = ['2025S2', '2026S1', '2026S2'].map((period) => ({
  period,
  synthetic: true,
  lastImportAt: null,
}));

describe('parseQualityParams', () => {
  it('takes the latest periode and all of Jakarta by default', () => {
    expect(parseQualityParams({}, periods)).toEqual({
      period: '2026S2',
      previous: '2026S1',
      region: undefined,
    });
  });

  it('reads periode (any case) and wilayah', () => {
    expect(parseQualityParams({ periode: '2026s1', wilayah: ' 31.71 ' }, periods)).toEqual({
      period: '2026S1',
      previous: '2025S2',
      region: '31.71',
    });
  });

  it('gives nothing for a periode without data, so that the page answers not-found', () => {
    expect(parseQualityParams({ periode: '2024S1' }, periods)).toBeUndefined();
    expect(parseQualityParams({}, [])).toBeUndefined();
  });

  it('ignores the indicator of other pages instead of failing on it', () => {
    expect(parseQualityParams({ indikator: 'tidak_ada' }, periods)?.period).toBe('2026S2');
  });
});
