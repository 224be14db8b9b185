import { describe, expect, it } from 'vitest';
import { parseComparedCodes } from './compare-params';

describe('the regions of the comparison in the URL', () => {
  it('reads dotted and ten-digit codes of any level, in order, without repeats', () => {
    expect(parseComparedCodes({ wilayah: '31, 31.71,3171011001,31.71.01.1001,,31.71.01' })).toEqual({
      codes: ['31', '31.71', '31.71.01.1001', '31.71.01'],
      extra: 0,
    });
  });

  it('keeps the first five and counts the rest', () => {
    expect(parseComparedCodes({ wilayah: '31.01,31.71,31.72,31.73,31.74,31.75,31' })).toEqual({
      codes: ['31.01', '31.71', '31.72', '31.73', '31.74'],
      extra: 2,
    });
  });

  it('gives none for no regions, and refuses what is not a region code', () => {
    expect(parseComparedCodes({})).toEqual({ codes: [], extra: 0 });
    expect(parseComparedCodes({ wilayah: '' })).toEqual({ codes: [], extra: 0 });
    expect(parseComparedCodes({ wilayah: '31.71,gambir' })).toBeUndefined();
    expect(parseComparedCodes({ wilayah: '31.7' })).toBeUndefined();
  });
});
