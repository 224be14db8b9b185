import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteFolder, openPostgres } from '@/lib/db/client';
import { registerHasImports } from '@/lib/demo/seed-synthetic';
import { hasBoundaries } from '@/lib/geo/import-boundaries';
import { listRegions } from '@/lib/queries/list-regions';
import { registerQuery } from '@/lib/register/store/session';
import { createPostgresDatabase } from '../support/databases';
import { FIXTURES } from '../support/paths';
import { runCli } from '../support/run-cli';

const scratch = mkdtempSync(path.join(tmpdir(), 'jk-first-start-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function inspect(dataDir: string) {
  const handle = await openPgliteFolder(dataDir);
  try {
    return { regions: (await listRegions(handle.db, {})).length, boundaries: await hasBoundaries(handle.db) };
  } finally {
    await handle.close();
  }
}

describe('first start on the embedded database', () => {
  const dataDir = path.join(scratch, 'fresh/pglite');

  it('creates, migrates and fills a new data folder with regions and boundaries', async () => {
    const result = await runCli('prepare', [], { PGLITE_DIR: dataDir, DEMO_SCALE: '0' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('267 kelurahan punya batas');
    expect(await inspect(dataDir)).toEqual({ regions: 318, boundaries: true });
  });

  it('starts again without loading the boundaries a second time', async () => {
    const result = await runCli('prepare', [], { PGLITE_DIR: dataDir, DEMO_SCALE: '0' });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('Batas wilayah dimuat');
    expect(result.stdout).toContain('Basis data siap');
  });

  it('still starts without a boundary file, and says the boundaries are missing', async () => {
    const bare = path.join(scratch, 'bare/pglite');
    const result = await runCli('prepare', [], {
      DEMO_SCALE: '0',
      PGLITE_DIR: bare,
      GEO_BOUNDARIES: path.join(scratch, 'none.geojson'),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Berkas batas wilayah tidak ada');
    expect(await inspect(bare)).toEqual({ regions: 318, boundaries: false });
  });
});

describe('the synthetic demo on first start', () => {
  const dataDir = path.join(scratch, 'demo/pglite');
  const env = {
    PGLITE_DIR: dataDir,
    DEMO_SCALE: '0.002',
    IDENTITY_KEY: 'kunci-uji-demo-yang-cukup-panjang-012345',
  };

  it('fills a new embedded database with synthetic data for 2024S1 to 2026S2, marked synthetic', async () => {
    const result = await runCli('prepare', [], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Data demo SINTETIS dimuat');
    const handle = await openPgliteFolder(dataDir);
    try {
      const imports = await registerQuery<{ synthetic: boolean; periods: string[] }>(
        handle,
        `SELECT synthetic, periods FROM imports WHERE status = 'processed'`,
      );
      expect(imports).toEqual([
        { synthetic: true, periods: ['2024S1', '2024S2', '2025S1', '2025S2', '2026S1', '2026S2'] },
      ]);
      const [persons] = await registerQuery<{ n: number; kelurahan: number }>(
        handle,
        `SELECT count(*)::integer AS n, count(DISTINCT kode_kelurahan)::integer AS kelurahan FROM persons WHERE periode = '2026S2'`,
      );
      expect(persons?.kelurahan).toBe(267);
      expect(persons?.n).toBeGreaterThan(15_000);
    } finally {
      await handle.close();
    }
  });

  it('does not load the demo again on later starts', async () => {
    const result = await runCli('prepare', [], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).not.toContain('Data demo');
  });

  it('still starts when the demo cannot be loaded, and says why', async () => {
    const result = await runCli('prepare', [], {
      PGLITE_DIR: path.join(scratch, 'production/pglite'),
      DEMO_SCALE: '0.002',
      NODE_ENV: 'production',
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Data demo tidak dimuat: IDENTITY_KEY belum diatur');
  });
});

describe('sharing the embedded database between the server and commands', () => {
  const dataDir = path.join(scratch, 'shared/pglite');

  it('refuses a command while another process holds the folder, without a stack trace, and loses nothing', async () => {
    expect((await runCli('db-migrate', [], { PGLITE_DIR: dataDir, DEMO_SCALE: '0' })).code).toBe(0);
    const server = await openPgliteFolder(dataDir);
    try {
      const refused = await runCli('geo-import', [], { PGLITE_DIR: dataDir });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('sedang dipakai proses lain');
      expect(refused.stderr).toContain('is in use by another process');
      expect(refused.stderr).not.toMatch(/^\s+at /m);
      expect((await listRegions(server.db, {})).length).toBe(318);
    } finally {
      await server.close();
    }
    expect(await inspect(dataDir)).toEqual({ regions: 318, boundaries: false });
  });

  it('refuses a boundary file it cannot use with exit code 2 and a message naming the file', async () => {
    const result = await runCli('geo-import', [path.join(FIXTURES, 'not-json.geojson')], {
      PGLITE_DIR: dataDir,
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('not-json.geojson bukan JSON yang sah');
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('loads boundaries once the folder is free', async () => {
    const result = await runCli('geo-import', [], { PGLITE_DIR: dataDir });
    expect(result.code, result.stderr).toBe(0);
    expect(await inspect(dataDir)).toEqual({ regions: 318, boundaries: true });
  });
});

const databaseUrl = process.env.DATABASE_URL;
describe.runIf(Boolean(databaseUrl))('first start on PostgreSQL', () => {
  it('migrates and loads regions and boundaries into the database DATABASE_URL names', async () => {
    const database = await createPostgresDatabase(databaseUrl ?? '');
    try {
      const result = await runCli('prepare', [], { DATABASE_URL: database.url });
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toContain('Basis data siap (postgres:');
      const handle = openPostgres(database.url, 1);
      expect((await listRegions(handle.db, { level: 'village' })).length).toBe(267);
      expect(await hasBoundaries(handle.db)).toBe(true);
      // A database named by DATABASE_URL never receives synthetic data by itself.
      expect(await registerHasImports(handle)).toBe(false);
      await handle.close();
    } finally {
      await database.drop();
    }
  });
});
