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
 * Where the import's time goes at scale 1 (11.0 million persons, 3.3 million families; 140–144 s in all on
 * this 2-core machine, each statement timed): start and the SHA-256 of the 1.9 GB submission 2.4 s;
 * reading, checking and staging the rows 48 s, bound by the two check workers (per person row about 1.5 µs
 * hashing the NIK, 0.9 µs splitting the line, 0.6 µs GC, the rest checks and COPY text) while PostgreSQL
 * parses the COPY on the same cores; the rules across rows about 18 s (the person-to-family join of the age
 * and family rules about 6 s, the heads-per-family aggregate 7.6 s, duplicate dwellings 1.9 s, families
 * against stored ones and dwellings 2.5 s, the NIK and No KK duplicate rules nothing when the staging saw no
 * candidate); writing the new partitions 47 s (persons: the insert with its family join 21 s, its two
 * indexes 13 s, built in parallel; families 6.4 s, dwellings 3.8 s); the indicators 23 s.
 *
 * The machine of stop 14 was about 2.5 times slower at the same code (353 s; its CPU and disk both): staging
 * 118 s (COPY of individu 84 s, bound by the check workers), rules across rows 40 s, the persons insert 58–62 s
 * and their indexes 27 s, families 15 s + 10 s, dwellings 7 s + 6 s, indicators 44–52 s. There the
 * write-ahead log was measured: inserting the 11 million persons into a new logged table took 37 s and wrote
 * 2.1 GB of log, into an unlogged one 12.6 s; binary COPY instead of INSERT … SELECT was no faster (37.5 s).
 * With `wal_level = minimal` (README, "PostgreSQL settings for large imports") the import took 301 s.
 *
 * What was done for speed: checking in worker threads (was one thread, 100 s of staging), keys with
 * periode last (a leading column that never differs tripled index builds), the duplicate rules narrowed to
 * the candidates the staging saw, age() only for persons born recently enough, the indicator aggregate as a
 * parallel-capable SELECT. What is left towards 100,000 persons/s (110 s): the insert of persons and its
 * family join (write the final rows straight from COPY, which needs the family's kelurahan and date in the
 * client: a per-family table of about 100 MB at scale 1), the SHA-256 read while staging instead of before,
 * binary COPY (PostgreSQL parses hex hashes and dates now), and server settings for bulk loads
 * (max_wal_size above the 1 GB default: each import writes about 3 GB of WAL).
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
