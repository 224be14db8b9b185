import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteFolder } from '@/lib/db/client';
import { registerQuery } from '@/lib/register/store/session';
import { runCli } from '../support/run-cli';
import { FIXTURE_SUBMISSION, TEST_ENV } from '../support/submissions';

const scratch = mkdtempSync(path.join(tmpdir(), 'jk-indicators-refresh-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

type Row = { indicator: string; kode_kelurahan: string; numerator: number; denominator: number | null };

/** Every stored indicator value, read while no command holds the folder. */
async function storedValues(pgliteDir: string, change?: string): Promise<Row[]> {
  const handle = await openPgliteFolder(pgliteDir);
  try {
    if (change) await registerQuery(handle, change);
    return await registerQuery<Row>(
      handle,
      'SELECT indicator, kode_kelurahan, numerator, denominator FROM indicator_values ORDER BY 1, 2',
    );
  } finally {
    await handle.close();
  }
}

describe('npm run indicators:refresh', () => {
  const pgliteDir = path.join(scratch, 'pglite');
  const env = { IDENTITY_KEY: TEST_ENV.identityKey ?? '', PGLITE_DIR: pgliteDir };
  let afterImport: Row[] = [];

  beforeAll(async () => {
    const imported = await runCli('data-import', [FIXTURE_SUBMISSION], env);
    expect(imported.code, imported.stderr).toBe(0);
    afterImport = await storedValues(pgliteDir);
  });

  it('finds the values the import computed by itself', () => {
    expect(afterImport).toContainEqual({
      indicator: 'population',
      kode_kelurahan: '31.71.01.1001',
      numerator: 5,
      denominator: null,
    });
  });

  it('recomputes a periode whose values were lost or tampered with, and says what it did', async () => {
    await storedValues(pgliteDir, `UPDATE indicator_values SET numerator = 999 WHERE indicator = 'families'`);
    await storedValues(pgliteDir, `DELETE FROM indicator_values WHERE indicator = 'safe_water'`);
    const result = await runCli('indicators-refresh', ['--period', '2025S1'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/2025S1: \d+ nilai indikator dari 2 kelurahan/);
    expect(await storedValues(pgliteDir)).toEqual(afterImport);
  });

  it('recomputes every periode of the register without --period', async () => {
    const result = await runCli('indicators-refresh', [], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('2025S1');
    expect(await storedValues(pgliteDir)).toEqual(afterImport);
  });

  it.each([
    [['--period', '2025-1'], '--period "2025-1" tidak sah'],
    [['--period', '2019S2'], 'Register tidak memuat data periode 2019S2'],
    [['--tahun', '2025'], 'Pemakaian: npm run indicators:refresh'],
  ])('refuses %j with exit 2 and a message in both languages', async (args, message) => {
    const result = await runCli('indicators-refresh', args, env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(await storedValues(pgliteDir)).toEqual(afterImport);
  });
});
