import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { benchExports } from './exports';
import { benchValuesLatency } from './indicators';
import type { Figure } from './measure';
import { BENCH_IDENTITY_KEY, round } from './measure';
import { benchPages } from './pages';

/**
 * Generate and import of one periode on PostgreSQL, as a user runs them (`npm run data:generate`,
 * `npm run data:import`), each in its own process so that its wall time and peak memory are its own.
 * Scales come from BENCH_SCALES (default "0.1,1").
 *
 * Where the import's time goes at scale 1 (11.0 million persons, 3.3 million families), on the 2-core machine
 * of stop 15, 104–106 s in all, each statement timed through PostgreSQL's log_min_duration_statement (runs of
 * the same code differ by about 5 %): start and the SHA-256 of the 1.9 GB submission about 2 s;
 * reading, checking and staging the rows 40 s (COPY of individu 28 s, keluarga 9 s, hunian 2.5 s), bound by
 * the two check workers (hashing a NIK, splitting the line, the garbage collector) while PostgreSQL parses the
 * COPY on the same cores; the rules across rows about 10 s (persons matched to families 3 s in parallel,
 * duplicate dwellings 2.2 s, families against stored ones and dwellings 2.2 s, no head 1.5 s, P4K 0.8 s, the
 * duplicate and second-head rules nothing when the staging saw no candidate); writing the new partitions
 * 28 s (persons: created from the staging in parallel 10 s, their NOT NULLs checked 1.6 s, their two indexes
 * 8.5–10 s; families 4.9 s, dwellings 3.2 s); the indicators 21 s; commit 0.6 s.
 *
 * Earlier machines: stop 13's ran the code of then in 140 s; stop 14's was about 2.5 times slower at the same
 * code (353 s; its CPU and disk both). There the write-ahead log was measured: inserting the 11 million persons
 * into a new logged table took 37 s and wrote 2.1 GB of log, into an unlogged one 12.6 s; binary COPY instead
 * of INSERT … SELECT was no faster (37.5 s). With `wal_level = minimal` (README, "PostgreSQL settings for
 * large imports") the import took 301 s there instead of 353 s.
 *
 * What was done for speed: checking in worker threads (was one thread, 100 s of staging), keys with periode
 * last (a leading column that never differs tripled index builds), the duplicate rules narrowed to the
 * candidates the staging saw, age() only for persons born recently enough, the indicator aggregate as a
 * parallel-capable SELECT; at stop 15, identity hashes of 16 bytes instead of 32 (the staging's COPY text,
 * the persons' rows and both key indexes shrink: about 10 s), the staging in unlogged tables that parallel
 * workers can read, with new partitions and the rows of each rule made by CREATE TABLE … AS, which may run in
 * parallel (an INSERT … SELECT never does: about 6 s), the rules over members without grouping 11 million
 * persons into families (a head is looked for by anti-join, a second head among the staging's candidates:
 * 6–8 s down to about 2 s), and no index of families by kelurahan, which no reader used.
 *
 * What is left to try: the indicators (21 s) group eleven million persons into families in one process
 * (a UNION ALL of two halves by hash was planned as two serial halves, not a Parallel Append, and was slower);
 * the check workers' text (building COPY bytes directly instead of strings, binary COPY); duplicate dwellings
 * through candidates like the NIK's; and server settings for bulk loads (max_wal_size above the 1 GB default:
 * each import writes about 3 GB of write-ahead log).
 */
const GNU_TIME = '/usr/bin/time';
const PERIOD = '2026S1';
const EARLIER_PERIOD = '2025S2';

type Run = { seconds: number; peakMb: number | undefined; stdout: string };

function runCommand(script: string, args: string[], env: Record<string, string>): Promise<Run> {
  const node = [process.execPath, '--import', 'tsx', script, ...args];
  const [command, ...commandArgs] = existsSync(GNU_TIME) ? [GNU_TIME, '-f', 'peak-kb %M', ...node] : node;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command as string, commandArgs, { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${script} failed (${code}): ${stderr.slice(-2000)}`));
      const peak = /peak-kb (\d+)/.exec(stderr)?.[1];
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakMb: peak ? Number(peak) / 1024 : undefined,
        stdout,
      });
    });
  });
}

async function withDatabase<T>(baseUrl: string, body: (url: string) => Promise<T>): Promise<T> {
  const name = `jk_bench_${process.pid}_${Date.now()}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  try {
    return await body(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

/** Generates and imports the periode before PERIOD, so that change maps and movers have work to do. */
async function importEarlierPeriode(scale: number, env: Record<string, string>): Promise<void> {
  const folder = mkdtempSync(path.join(tmpdir(), 'jk-bench-earlier-'));
  try {
    const args = [
      '--out',
      folder,
      '--scale',
      String(scale),
      '--from',
      EARLIER_PERIOD,
      '--to',
      EARLIER_PERIOD,
    ];
    await runCommand('lib/cli/data-generate.ts', args, {});
    await runCommand('lib/cli/data-import.ts', [folder, '--json'], env);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function benchScale(baseUrl: string, scale: number): Promise<Figure[]> {
  const folder = mkdtempSync(path.join(tmpdir(), 'jk-bench-register-'));
  try {
    const generated = await runCommand(
      'lib/cli/data-generate.ts',
      ['--out', folder, '--scale', String(scale), '--from', PERIOD, '--to', PERIOD],
      {},
    );
    return await withDatabase(baseUrl, async (url) => {
      const env = { DATABASE_URL: url, IDENTITY_KEY: BENCH_IDENTITY_KEY };
      // Regions and migrations first, so that the import's time is the import's.
      await runCommand('lib/cli/db-migrate.ts', [], env);
      const imported = await runCommand('lib/cli/data-import.ts', [folder, '--json'], env);
      const report = JSON.parse(imported.stdout) as { individu: { accepted: number }; duration_ms: number };
      const persons = report.individu.accepted;
      const label = `scale ${scale}, one periode, PostgreSQL`;
      const figures: Figure[] = [
        { name: `generate: seconds (${label})`, value: round(generated.seconds, 1), unit: 's' },
        {
          name: `import: seconds (${label})`,
          value: round(imported.seconds, 1),
          unit: 's',
          note: `${persons.toLocaleString('en')} persons`,
        },
        {
          name: `import: persons per second (${label})`,
          value: Math.round(persons / imported.seconds),
          unit: 'persons/s',
          goal: scale === 1 ? '≥ 100,000' : undefined,
          note: 'whole command: start, read, check, write, commit',
        },
      ];
      if (imported.peakMb !== undefined)
        figures.push({
          name: `import: peak memory (${label})`,
          value: Math.round(imported.peakMb),
          unit: 'MB',
          goal: scale === 1 ? '< 1024 MB' : undefined,
        });
      if (generated.peakMb !== undefined)
        figures.push({
          name: `generate: peak memory (${label})`,
          value: Math.round(generated.peakMb),
          unit: 'MB',
        });
      const refreshed = await runCommand('lib/cli/indicators-refresh.ts', ['--period', PERIOD], env);
      figures.push({
        name: `indicators refresh: seconds (${label})`,
        value: round(refreshed.seconds, 1),
        unit: 's',
        goal: scale === 1 ? '< 60 s' : undefined,
        note: 'npm run indicators:refresh -- --period, whole command (the import also runs it)',
      });
      figures.push(...(await benchValuesLatency(url, label)));
      // The pages compare a periode with the one before it: give them that periode too (untimed).
      await importEarlierPeriode(scale, env);
      figures.push(...(await benchPages(url, `scale ${scale}, two periods, PostgreSQL`)));
      figures.push(...(await benchExports(url, `scale ${scale}, two periods, PostgreSQL`)));
      return figures;
    });
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

export async function benchRegister(): Promise<Figure[]> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    console.warn('DATABASE_URL is not set: the register benchmarks (PostgreSQL) are skipped.');
    return [];
  }
  const scales = (process.env.BENCH_SCALES ?? '0.1,1').split(',').map(Number);
  const figures: Figure[] = [];
  for (const scale of scales) figures.push(...(await benchScale(baseUrl, scale)));
  return figures;
}
