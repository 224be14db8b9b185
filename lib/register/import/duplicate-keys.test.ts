import { describe, expect, it } from 'vitest';
import { IdentityHasher } from '../identity-hash';
import { DuplicateKeys } from './duplicate-keys';

const hasher = new IdentityHasher(Buffer.from('kunci-uji-yang-cukup-panjang-0123456789'));

/** The words a block hands over for a NIK in a periode (2025S1 = 2025 * 2 + 1). */
function keysOf(entries: [nik: string, periode: number][]): Uint32Array {
  const words: number[] = [];
  for (const [nik, periode] of entries) {
    const hash = hasher.hex(nik);
    words.push(Number.parseInt(hash.slice(0, 8), 16), Number.parseInt(hash.slice(8, 16), 16), periode);
  }
  return Uint32Array.from(words);
}

const nik = (index: number) => `31710101${String(900_000 + index).padStart(8, '0')}`;
const S1 = 2025 * 2 + 1;
const S2 = 2025 * 2 + 2;

describe('DuplicateKeys', () => {
  it('names a key seen twice in one periode, not one seen once in each of two', () => {
    const keys = new DuplicateKeys();
    keys.addAll(
      keysOf([
        [nik(1), S1],
        [nik(2), S1],
        [nik(2), S2],
        [nik(3), S1],
      ]),
    );
    keys.addAll(keysOf([[nik(3), S1]]));
    expect(keys.candidates()).toEqual([hasher.hex(nik(3)).slice(0, 16)]);
  });

  it('stays exact while it grows past its first size', () => {
    const keys = new DuplicateKeys();
    keys.addAll(keysOf(Array.from({ length: 200_000 }, (_, index) => [nik(index), S1])));
    expect(keys.candidates()).toEqual([]);
    keys.addAll(
      keysOf([
        [nik(7), S1],
        [nik(199_999), S1],
      ]),
    );
    expect(keys.candidates()?.sort()).toEqual(
      [hasher.hex(nik(7)).slice(0, 16), hasher.hex(nik(199_999)).slice(0, 16)].sort(),
    );
  });

  it('gives up (null: look at every row) rather than grow past its limit', () => {
    const keys = new DuplicateKeys(1 << 17);
    keys.addAll(keysOf(Array.from({ length: 100_000 }, (_, index) => [nik(index), S1])));
    expect(keys.candidates()).toBeNull();
  });
});
