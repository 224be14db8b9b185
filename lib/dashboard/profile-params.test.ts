import { describe, expect, it } from 'vitest';
import { parseProfileCode, viewQuery } from './profile-params';

describe("a profile's address", () => {
  it('accepts a region code of any level, with or without dots', () => {
    expect(parseProfileCode('31')).toBe('31');
    expect(parseProfileCode('3171')).toBe('31.71');
    expect(parseProfileCode('317101')).toBe('31.71.01');
    expect(parseProfileCode('3171011001')).toBe('31.71.01.1001');
    expect(parseProfileCode('31.71.01.1001')).toBe('31.71.01.1001');
    expect(parseProfileCode('31%2E71')).toBe('31.71');
  });

  it('refuses what cannot be a code', () => {
    for (const bad of ['', 'gambir', '317', '31.7', '31.71.01.1001.1', '%E0%A4%A'])
      expect(parseProfileCode(bad), bad).toBeUndefined();
  });

  it('keeps the indicator and periode of the view in links, and only those', () => {
    expect(viewQuery({ indikator: 'safe_water', periode: '2025S2', tema: 'ekonomi' })).toBe(
      '?indikator=safe_water&periode=2025S2',
    );
    expect(viewQuery({})).toBe('');
    expect(viewQuery({ periode: ['2025S1', '2025S2'] }, { indikator: 'families' })).toBe(
      '?periode=2025S1&indikator=families',
    );
  });
});
