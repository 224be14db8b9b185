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
 * Where the import's time goes (scale 0.1, 1.1 million persons, idle machine, 42 s in all): reading and
 * checking rows and streaming them into the staging tables 24 s, bound by this process (per person row
 * about 3 µs CSV parsing, 2.5 µs hashing the NIK, 4 µs checks, the rest encoding COPY text); the rules
 * across rows 6 s; writing the new partitions and building their indexes 9 s. The ways to the goal of
 * 100,000 persons/s: check and hash in worker threads (one per file), skip the staging copy of persons for
 * a new periode, and bulk-load settings on the server (maintenance_work_mem, max_wal_size).
 *
 * Since the indicator engine the import also stores each person's age at the pendataan, analyses the
 * partitions it wrote, and recomputes the indicators of its periods in the same transaction (about 45 s
 * of the import at scale 1, measured alone as `indicators refresh`).
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
