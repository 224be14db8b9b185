import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openPgliteFolder } from '@/lib/db/client';
import { registerQuery } from '@/lib/register/store/session';
import { runCli } from '../support/run-cli';
import { TEST_ENV } from '../support/submissions';

const scratch = mkdtempSync(path.join(tmpdir(), 'jk-seed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run db:seed', () => {
  const env = { PGLITE_DIR: path.join(scratch, 'pglite'), IDENTITY_KEY: TEST_ENV.identityKey ?? '' };

  it('generates and imports the synthetic demo on purpose, at the scale asked for', async () => {
    const result = await runCli('db-seed', ['--scale', '0.001'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Data sintetis (skala 0.001, benih 1) dimuat');
    const handle = await openPgliteFolder(env.PGLITE_DIR);
    try {
      const [imported] = await registerQuery<{ synthetic: boolean; persons: number }>(
        handle,
        `SELECT i.synthetic, (SELECT count(*)::integer FROM persons) AS persons FROM imports i WHERE status = 'processed'`,
      );
      expect(imported?.synthetic).toBe(true);
      // About 11,000 persons per periode at scale 0.001, six periods.
      expect(imported?.persons).toBeGreaterThan(50_000);
    } finally {
      await handle.close();
    }
  });

  it('refuses a scale it cannot make, with the accepted range', async () => {
    const result = await runCli('db-seed', ['--scale', 'besar'], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--scale "besar" tidak sah');
    expect(result.stderr).toContain('at most 2');
  });
});
