import { createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { IDENTITY_HASH_BYTES, IdentityHasher, MAX_IDENTITY_LENGTH } from './identity-hash';

const reference = (key: Buffer, value: string) =>
  createHmac('sha256', key).update(value).digest().subarray(0, IDENTITY_HASH_BYTES).toString('hex');

describe('IdentityHasher', () => {
  it('equals the first 128 bits of HMAC-SHA-256 for NIK-like numbers and keys of every length class', () => {
    expect(IDENTITY_HASH_BYTES).toBe(16);
    for (const keyLength of [1, 32, 63, 64, 65, 200]) {
      const key = randomBytes(keyLength);
      const hasher = new IdentityHasher(key);
      for (const value of ['3171014501900001', '0000000000000000', '', 'x'.repeat(MAX_IDENTITY_LENGTH)])
        expect(hasher.hex(value)).toBe(reference(key, value));
    }
  });

  it('gives different hashes for different keys, so a stolen table cannot be matched without the key', () => {
    const nik = '3171014501900001';
    expect(new IdentityHasher(randomBytes(32)).hex(nik)).not.toBe(
      new IdentityHasher(randomBytes(32)).hex(nik),
    );
  });

  it('refuses a value that does not fit one block', () => {
    expect(() => new IdentityHasher(randomBytes(32)).hex('1'.repeat(56))).toThrow(RangeError);
  });
});
