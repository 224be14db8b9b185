import { describe, expect, it } from 'vitest';
import { freshnessOf, periodStart } from './quality-freshness';

describe('freshnessOf', () => {
  it('calls a visit inside the periode current, from its first day on', () => {
    expect(freshnessOf('2026-01-01', '2026S1')).toBe('current');
    expect(freshnessOf('2026-07-01', '2026S2')).toBe('current');
  });

  it('calls a visit before the periode began stale, even by one day', () => {
    expect(freshnessOf('2025-12-31', '2026S1')).toBe('stale');
    expect(freshnessOf('2026-06-30', '2026S2')).toBe('stale');
  });

  it('flags a kelurahan that was never visited', () => {
    expect(freshnessOf(null, '2026S1')).toBe('never');
  });

  it('starts S1 on 1 January and S2 on 1 July', () => {
    expect([periodStart('2026S1'), periodStart('2026S2')]).toEqual(['2026-01-01', '2026-07-01']);
  });

  it('refuses what is not a periode rather than guessing', () => {
    expect(() => freshnessOf('2026-01-01', '2026S3')).toThrow(/periode/);
  });
});
