import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openPgliteFolder, openPostgres } from '@/lib/db/client';
import { registerQuery } from '@/lib/register/store/session';
import { generateSubmission } from '@/lib/synthetic/generate';
import { createPostgresDatabase } from '../support/databases';
import { runCli, spawnCli } from '../support/run-cli';
import { FIXTURE_SUBMISSION, fixtureWith, registerSnapshot, TEST_ENV } from '../support/submissions';

const scratch = mkdtempSync(path.join(tmpdir(), 'jk-data-import-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const KEY = { IDENTITY_KEY: TEST_ENV.identityKey ?? '' };

describe('npm run data:import', () => {
  const env = { ...KEY, PGLITE_DIR: path.join(scratch, 'cli/pglite') };

  it('prints the report of DESIGN.md with --json and exits 0 when the submission was processed', async () => {
    const result = await runCli('data-import', [FIXTURE_SUBMISSION, '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      status: 'processed',
      keluarga: { accepted: 3, replaced: 0, unchanged: 0, rejected: 0 },
      individu: { accepted: 8, replaced: 0, unchanged: 0, rejected: 0 },
      rejections: [],
    });
  });

  it('prints a table for a person and lists rejected rows in both languages', async () => {
    const result = await runCli(
      'data-import',
      [fixtureWith([{ file: 'hunian', line: 5, column: 'luas_lantai_m2', value: '0' }])],
      env,
    );
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/keluarga\s+0\s+0\s+3\s+0/);
    expect(result.stdout).toContain(
      'hunian.csv baris 5, kolom luas_lantai_m2: luas_lantai_m2 "0" harus angka',
    );
    expect(result.stdout).toContain('must be a number above 0');
  });

  it('refuses a submission of unknown structure with exit 2 and one message, as JSON too', async () => {
    const missing = path.join(scratch, 'tidak-ada');
    const plain = await runCli('data-import', [missing], env);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toContain(
      'Kiriman ditolak seluruhnya; tidak ada yang disimpan. Kiriman tidak ditemukan',
    );
    expect(plain.stderr).toContain('Submission refused as a whole');
    expect(plain.stderr).not.toMatch(/^\s+at /m);
    const json = await runCli('data-import', [missing, '--json'], env);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      status: 'refused',
      reason_id: expect.any(String),
      reason_en: expect.any(String),
    });
  });

  it('explains its usage when the path is missing', async () => {
    const result = await runCli('data-import', [], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Pemakaian: npm run data:import -- PATH');
  });
});

/** Starts an import of `submission` and kills it (SIGKILL) once it has staged every row, before it can commit. */
function killHalfWay(
  submission: string,
  env: Record<string, string>,
): Promise<{ killed: boolean; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnCli('data-import', [submission], env);
    let stderr = '';
    let killed = false;
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (!killed && stderr.includes('memeriksa aturan antar-baris')) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => resolve({ killed: killed && signal === 'SIGKILL', stderr }));
  });
}

describe('an import killed half way', () => {
  let bigSubmission: string;
  beforeAll(async () => {
    bigSubmission = path.join(scratch, 'big');
    const period = { year: 2025, half: 1 } as const;
    await generateSubmission({
      outDir: bigSubmission,
      scale: 0.01,
      seed: 7,
      from: period,
      to: period,
      format: 'csv',
      invalidRate: 0,
    });
  });

  async function expectKillLeavesRegisterAsItWas(
    open: () => Promise<DatabaseHandle>,
    env: Record<string, string>,
  ) {
    expect((await runCli('data-import', [FIXTURE_SUBMISSION], env)).code).toBe(0);
    let handle = await open();
    const before = await registerSnapshot(handle);
    const importsBefore = await registerQuery(handle, 'SELECT id, status FROM imports ORDER BY id');
    await handle.close();

    const run = await killHalfWay(bigSubmission, env);
    expect(run.killed, `the import finished before it could be killed:\n${run.stderr}`).toBe(true);

    handle = await open();
    try {
      expect(await registerSnapshot(handle)).toEqual(before);
      expect(await registerQuery(handle, 'SELECT id, status FROM imports ORDER BY id')).toEqual(
        importsBefore,
      );
    } finally {
      await handle.close();
    }
    // And the register still takes the next import.
    expect((await runCli('data-import', [FIXTURE_SUBMISSION], env)).code).toBe(0);
  }

  it('leaves the embedded database as it was', async () => {
    const dataDir = path.join(scratch, 'killed/pglite');
    await expectKillLeavesRegisterAsItWas(() => openPgliteFolder(dataDir), { ...KEY, PGLITE_DIR: dataDir });
  });

  it.runIf(process.env.DATABASE_URL)('leaves PostgreSQL as it was', async () => {
    const database = await createPostgresDatabase(process.env.DATABASE_URL as string);
    try {
      await expectKillLeavesRegisterAsItWas(async () => openPostgres(database.url, 2), {
        ...KEY,
        DATABASE_URL: database.url,
      });
    } finally {
      await database.drop();
    }
  });
});
