import { createHmac, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AppEnv } from '../env';
import { UserFacingError } from '../errors';
import type { RegisterSession } from './store/session';

const MIN_KEY_LENGTH = 32;
const FINGERPRINT_SETTING = 'identity_key_fingerprint';

/**
 * The secret of the keyed hashes of NIK and No KK. In production it must come from IDENTITY_KEY;
 * in development one is made once and kept beside the data folder, with a warning, so that a new
 * user can import at once and the same person hashes the same way on every import.
 */
export function loadIdentityKey(env: AppEnv, warn: (message: string) => void = console.warn): Buffer {
  if (env.identityKey) {
    if (env.identityKey.length < MIN_KEY_LENGTH)
      throw new UserFacingError(
        `IDENTITY_KEY terlalu pendek: perlu paling sedikit ${MIN_KEY_LENGTH} karakter (buat dengan \`openssl rand -hex 32\`).`,
        `IDENTITY_KEY is too short: it needs at least ${MIN_KEY_LENGTH} characters (make one with \`openssl rand -hex 32\`).`,
        2,
      );
    return Buffer.from(env.identityKey, 'utf8');
  }
  if (env.production)
    throw new UserFacingError(
      'IDENTITY_KEY belum diatur. Di produksi NIK dan No KK hanya disimpan sebagai hash berkunci, dan kuncinya harus datang dari lingkungan (buat dengan `openssl rand -hex 32` dan simpan di tempat rahasia).',
      'IDENTITY_KEY is not set. In production NIK and No KK are stored only as keyed hashes, and the key must come from the environment (make one with `openssl rand -hex 32` and keep it secret).',
      2,
    );
  if (existsSync(env.identityKeyFile))
    return Buffer.from(readFileSync(env.identityKeyFile, 'utf8').trim(), 'utf8');
  mkdirSync(path.dirname(env.identityKeyFile), { recursive: true });
  writeFileSync(env.identityKeyFile, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  chmodSync(env.identityKeyFile, 0o600);
  warn(
    `⚠ IDENTITY_KEY tidak diatur; kunci pengembangan dibuat di ${env.identityKeyFile}. Jangan pakai untuk data sungguhan: atur IDENTITY_KEY.`,
  );
  return loadIdentityKey(env, warn);
}

/** A value that identifies the key without revealing it: stored hashes are only comparable under one key. */
export function keyFingerprint(key: Buffer): string {
  return createHmac('sha256', key).update('jendela-keluarga/identity-key-fingerprint').digest('hex');
}

/**
 * Refuses to mix hashes made with two keys (the same person would become two), and records the
 * key's fingerprint with the first import.
 */
export async function checkIdentityKey(session: RegisterSession, key: Buffer): Promise<void> {
  const fingerprint = keyFingerprint(key);
  const [stored] = await session.query<{ value: string }>(
    'SELECT value FROM register_settings WHERE name = $1',
    [FINGERPRINT_SETTING],
  );
  if (!stored) {
    await session.query('INSERT INTO register_settings (name, value) VALUES ($1, $2)', [
      FINGERPRINT_SETTING,
      fingerprint,
    ]);
    return;
  }
  if (stored.value !== fingerprint)
    throw new UserFacingError(
      'IDENTITY_KEY berbeda dari kunci yang dipakai untuk data yang sudah tersimpan: orang yang sama akan tercatat dua kali. Pakai kunci yang lama.',
      'IDENTITY_KEY differs from the key the stored data was hashed with: the same person would be recorded twice. Use the earlier key.',
      2,
    );
}
