import { describe, expect, it } from 'vitest';
import { levelOfCode, normaliseRegionCode } from './region-codes';

describe('region codes', () => {
  it('tells the level from a dotted Kemendagri code', () => {
    expect(levelOfCode('31')).toBe('province');
    expect(levelOfCode('31.71')).toBe('city');
    expect(levelOfCode('31.71.01')).toBe('district');
    expect(levelOfCode('31.71.01.1001')).toBe('village');
  });

  it('rejects what is not a code', () => {
    for (const bad of ['', '3', '31.7', '31.71.1', '31.71.01.101', '31-71', 'Gambir', '31.71.01.1001.5'])
      expect(levelOfCode(bad), bad).toBeUndefined();
  });

  it('accepts a kelurahan code written without dots', () => {
    expect(normaliseRegionCode('3171011001')).toBe('31.71.01.1001');
    expect(normaliseRegionCode(' 31.71.01.1001 ')).toBe('31.71.01.1001');
  });

  it('accepts a kota or kecamatan code written without dots, and leaves other text as it is', () => {
    expect(normaliseRegionCode('3171')).toBe('31.71');
    expect(normaliseRegionCode('317101')).toBe('31.71.01');
    expect(normaliseRegionCode('31')).toBe('31');
    for (const other of ['317', '31710', 'Gambir', '31.71']) expect(normaliseRegionCode(other)).toBe(other);
  });
});
