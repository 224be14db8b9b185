import { describe, expect, it } from 'vitest';
import { importTotals, shortSha } from './quality-imports';

describe('importTotals', () => {
  it('adds up the files of a submission', () => {
    expect(
      importTotals({
        keluarga: { accepted: 3, replaced: 1, unchanged: 0, rejected: 1 },
        individu: { accepted: 8, replaced: 0, unchanged: 2, rejected: 4 },
      }),
    ).toEqual({ accepted: 11, replaced: 1, unchanged: 2, rejected: 5 });
  });

  it('counts nothing for a refused submission', () => {
    expect(importTotals(null)).toEqual({ accepted: 0, replaced: 0, unchanged: 0, rejected: 0 });
  });

  it('shortens a SHA-256 to twelve characters', () => {
    expect(shortSha('0123456789abcdef'.repeat(4))).toBe('0123456789ab');
  });
});
