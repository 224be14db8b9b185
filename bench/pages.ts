import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { openPostgres } from '../lib/db/client';
import { readEnv } from '../lib/env';
import { hasBoundaries, importBoundaries } from '../lib/geo/import-boundaries';
import { BENCH_IDENTITY_KEY, type Figure, percentile, round, timeRepeatedly } from './measure';

const BUILD_ID = '.next/BUILD_ID';
const NEXT_BIN = 'node_modules/next/dist/bin/next';
const START_TIMEOUT_MS = 60_000;
const WARMUP = 20;
const REQUESTS = 100;

type Server = { origin: string; stop: () => Promise<void> };

/** Builds once when there is no production build; an existing one is used as it is, whatever changed since. */
export function ensureProductionBuild(): void {
  if (existsSync(BUILD_ID)) {
    const builtAt = statSync(BUILD_ID).mtime.toISOString();
    console.warn(
      `⚠ The production build in .next (${builtAt}) is used as is: rebuild it if app/ has changed.`,
    );
    return;
  }
  console.log('No production build in .next: building it (npx next build) …');
  const result = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`next build failed (${result.status ?? result.signal})`);
}

/**
 * The register bench migrates and imports but loads no boundaries; without them the map has nothing to
 * draw and the geometry routes answer 404. Loaded here from GEO_BOUNDARIES, as `npm start` would.
 */
export async function ensureBoundaries(databaseUrl: string): Promise<void> {
  const handle = openPostgres(databaseUrl, 1);
  try {
    if (await hasBoundaries(handle.db)) return;
    console.log('Loading the boundaries into the bench database …');
    await importBoundaries(handle.db, readEnv().geoBoundaries);
  } finally {
    await handle.close();
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is gone already.
  }
}

/** SIGTERM to the server's whole process group, SIGKILL if it has not exited 5 s later. */
function stopProcessGroup(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const forceKill = setTimeout(() => signalGroup(pid, 'SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(forceKill);
      resolve();
    });
    signalGroup(pid, 'SIGTERM');
  });
}

async function waitUntilAnswering(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = performance.now() + START_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${output()}`);
    try {
      await (await fetch(`${origin}/`, { signal: AbortSignal.timeout(START_TIMEOUT_MS) })).arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`next start did not answer within ${START_TIMEOUT_MS / 1000} s: ${output()}`);
}

/**
 * `next start` on the production build, in its own process group, against the given database. Not
 * `npm start`: its prestart would migrate and seed, and the bench database is ready.
 */
export async function startServer(databaseUrl: string): Promise<Server> {
  const port = await findFreePort();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NODE_ENV: 'production',
      IDENTITY_KEY: BENCH_IDENTITY_KEY,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  let output = '';
  const keepTail = (chunk: Buffer) => {
    output = (output + chunk).slice(-4000);
  };
  child.stdout?.on('data', keepTail);
  child.stderr?.on('data', keepTail);
  const server = { origin: `http://127.0.0.1:${port}`, stop: () => stopProcessGroup(child) };
  try {
    await waitUntilAnswering(server.origin, child, () => output);
    return server;
  } catch (error) {
    await server.stop();
    throw error;
  }
}

/** Fetches and reads to the end (pages stream); anything but 200 is an error. */
export async function fetchBody(url: string): Promise<Buffer> {
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`GET ${url}: ${response.status}`);
  return body;
}

function gzippedKb(body: Buffer): number {
  return gzipSync(body, { level: 9 }).length / 1024;
}

/** Every page of the navigation, a profile of each level, and `/peta` as a change map when it can be one. */
async function pagesToTime(origin: string): Promise<string[]> {
  const { rows } = JSON.parse((await fetchBody(`${origin}/api/v1/periods`)).toString()) as {
    rows: { period: string }[];
  };
  const previous = rows.at(-2)?.period;
  return [
    '/',
    '/peta',
    ...(previous ? [`/peta?banding=${encodeURIComponent(previous)}`] : []),
    '/wilayah/31',
    '/wilayah/31.74',
    '/wilayah/31.74.01',
    '/wilayah/31.74.01.1001',
    '/indikator',
    '/indikator/stunting_risk',
    '/bandingkan?wilayah=31.71,31.74.01,31.75.01.1001',
    '/kualitas-data',
  ];
}

async function pageExists(url: string): Promise<boolean> {
  const response = await fetch(url);
  await response.arrayBuffer();
  return response.status !== 404;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`, 'i').exec(tag)?.[1]?.replaceAll('&amp;', '&');
}

/**
 * The scripts a page loads before it is interactive: its `<script src>` and `<link rel="preload" as="script">`
 * under /_next/, without `nomodule` ones (polyfills that modern browsers skip).
 */
function firstLoadScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => !/\snomodule\b/i.test(tag))
    .map((tag) => attribute(tag, 'src'));
  const preloads = [...html.matchAll(/<link\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => attribute(tag, 'rel') === 'preload' && attribute(tag, 'as') === 'script')
    .map((tag) => attribute(tag, 'href'));
  const scripts = [...sources, ...preloads].filter((src): src is string => !!src?.startsWith('/_next/'));
  return [...new Set(scripts)];
}

async function timePage(url: string, page: string, label: string): Promise<Figure[]> {
  const durations = await timeRepeatedly(() => fetchBody(url), REQUESTS, WARMUP);
  return [
    { name: `page ${page} p50 (${label})`, value: round(percentile(durations, 0.5), 1), unit: 'ms' },
    {
      name: `page ${page} p95 (${label})`,
      value: round(percentile(durations, 0.95), 1),
      unit: 'ms',
      goal: '< 200 ms',
      note: `production build (next start), warm, full streamed HTML; ${REQUESTS} requests after ${WARMUP}`,
    },
  ];
}

async function measureFirstLoadJs(origin: string, page: string, label: string): Promise<Figure> {
  const scripts = firstLoadScripts((await fetchBody(`${origin}${page}`)).toString());
  let kb = 0;
  for (const script of scripts) kb += gzippedKb(await fetchBody(`${origin}${script}`));
  return {
    name: `page ${page} first-load JS gzipped (${label})`,
    value: round(kb, 1),
    unit: 'KB',
    goal: '< 300 KB',
    note: `${scripts.length} scripts, each gzip -9, nomodule polyfills left out; the map (Leaflet) loads later`,
  };
}

async function measureGeometry(origin: string, label: string): Promise<Figure> {
  const kelurahan = gzippedKb(await fetchBody(`${origin}/api/v1/geo/kelurahan`));
  const outlines = gzippedKb(await fetchBody(`${origin}/api/v1/geo/outlines`));
  return {
    name: `geometry gzipped, kelurahan + outlines (${label})`,
    value: round(kelurahan + outlines, 1),
    unit: 'KB',
    goal: '< 300 KB',
    note: `over HTTP, gzip -9: kelurahan ${round(kelurahan, 1)} KB, outlines ${round(outlines, 1)} KB`,
  };
}

/**
 * The pages as a browser gets them from the production build (`next start`) on the given database: warm
 * server time of each page's full HTML, the JavaScript each page loads first, and the geometry the map
 * fetches, all gzipped. A page that answers 404 (not built yet) is skipped with a warning.
 */
export async function benchPages(databaseUrl: string, label: string): Promise<Figure[]> {
  ensureProductionBuild();
  await ensureBoundaries(databaseUrl);
  const server = await startServer(databaseUrl);
  try {
    const figures: Figure[] = [];
    for (const page of await pagesToTime(server.origin)) {
      const url = `${server.origin}${page}`;
      if (!(await pageExists(url))) {
        console.warn(`⚠ ${page} answers 404: its page benchmarks are skipped.`);
        continue;
      }
      figures.push(...(await timePage(url, page, label)));
      if (!page.includes('?')) figures.push(await measureFirstLoadJs(server.origin, page, label));
    }
    figures.push(await measureGeometry(server.origin, label));
    return figures;
  } finally {
    await server.stop();
  }
}
