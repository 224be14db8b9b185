import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type DatabaseHandle, openPgliteFolder, openPostgres } from '../lib/db/client';
import { migrateAndLoadRegions } from '../lib/db/setup';
import { getGeoAsset } from '../lib/queries/get-geo-asset';
import { listRegions } from '../lib/queries/list-regions';
import { type Figure, percentile, round, timeRepeatedly } from './measure';

const TSX = path.resolve('node_modules/.bin/tsx');

function timePrepare(env: Record<string, string>): number {
  const started = performance.now();
  const result = spawnSync(TSX, ['lib/cli/prepare.ts'], {
    env: { ...process.env, DATABASE_URL: '', ...env },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`prepare failed: ${result.stderr}`);
  return (performance.now() - started) / 1000;
}

async function regionLatency(handle: DatabaseHandle, label: string): Promise<Figure[]> {
  const durations = await timeRepeatedly(
    () => listRegions(handle.db, { level: 'village', parent: '31.74' }),
    300,
  );
  return [
    { name: `regions query p50 (${label})`, value: round(percentile(durations, 0.5)), unit: 'ms' },
    { name: `regions query p95 (${label})`, value: round(percentile(durations, 0.95)), unit: 'ms' },
  ];
}

/** First and later start of the embedded database, served geometry size, and the region query's latency. */
export async function benchFoundation(): Promise<Figure[]> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'jk-bench-'));
  const dataDir = path.join(scratch, 'pglite');
  try {
    const figures: Figure[] = [
      {
        name: 'first start: prepare a new PGlite folder',
        value: round(timePrepare({ PGLITE_DIR: dataDir }), 1),
        unit: 's',
        goal: '< 90 s',
        note: 'migrations, regions, boundaries and the synthetic demo (DEMO_SCALE)',
      },
      {
        name: 'later start: prepare an existing folder',
        value: round(timePrepare({ PGLITE_DIR: dataDir }), 1),
        unit: 's',
        goal: 'a few seconds',
      },
    ];
    const handle = await openPgliteFolder(dataDir);
    try {
      const gzipped = async (name: 'kelurahan' | 'outlines') =>
        gzipSync((await getGeoAsset(handle.db, name))?.body ?? '').length / 1024;
      const [kelurahan, outlines] = [await gzipped('kelurahan'), await gzipped('outlines')];
      figures.push({
        name: 'geometry transferred (kelurahan + outlines, gzip)',
        value: round(kelurahan + outlines, 1),
        unit: 'KB',
        goal: '< 300 KB',
        note: `kelurahan ${round(kelurahan, 1)} KB, outlines ${round(outlines, 1)} KB`,
      });
      figures.push(...(await regionLatency(handle, 'PGlite')));
    } finally {
      await handle.close();
    }
    if (process.env.DATABASE_URL) {
      const postgres = openPostgres(process.env.DATABASE_URL, 2);
      try {
        await migrateAndLoadRegions(postgres);
        figures.push(...(await regionLatency(postgres, 'PostgreSQL')));
      } finally {
        await postgres.close();
      }
    }
    return figures;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
