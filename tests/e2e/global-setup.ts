import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT } from '../support/paths';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    bareBaseUrl: string;
  }
}

const NEXT_BIN = path.join(PROJECT_ROOT, 'node_modules/next/dist/bin/next');
const TSX_BIN = path.join(PROJECT_ROOT, 'node_modules/.bin/tsx');

function buildUnlessSkipped(): void {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync(path.join(PROJECT_ROOT, '.next/BUILD_ID'))) return;
  execFileSync(process.execPath, [NEXT_BIN, 'build'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

async function waitUntilServing(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      if ((await fetch(`${url}/api/v1/regions?level=city`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within 60 s`);
}

/** A production server on its own fresh embedded database, prepared as `npm start` prepares it. */
async function startServer(port: number, env: Record<string, string>): Promise<ChildProcess> {
  const serverEnv = {
    ...process.env,
    DATABASE_URL: '',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    ...env,
  } as NodeJS.ProcessEnv;
  execFileSync(TSX_BIN, ['lib/cli/prepare.ts'], { cwd: PROJECT_ROOT, env: serverEnv, stdio: 'inherit' });
  const server = spawn(process.execPath, [NEXT_BIN, 'start', '-p', String(port)], {
    cwd: PROJECT_ROOT,
    env: serverEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilServing(`http://127.0.0.1:${port}`, server);
  return server;
}

export default async function setup(project: TestProject) {
  buildUnlessSkipped();
  const scratch = mkdtempSync(path.join(tmpdir(), 'jk-e2e-'));
  const port = Number(process.env.E2E_PORT ?? 3100);
  const servers = [
    // A small synthetic demo (as `npm start` on PGlite loads it), so that pages have data to show.
    await startServer(port, {
      PGLITE_DIR: path.join(scratch, 'full/pglite'),
      DEMO_SCALE: '0.002',
      IDENTITY_KEY: 'kunci-uji-e2e-yang-cukup-panjang-0123456789',
    }),
    await startServer(port + 1, {
      PGLITE_DIR: path.join(scratch, 'bare/pglite'),
      DEMO_SCALE: '0',
      GEO_BOUNDARIES: path.join(scratch, 'no-boundaries.geojson'),
    }),
  ];
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  project.provide('bareBaseUrl', `http://127.0.0.1:${port + 1}`);
  return async () => {
    for (const server of servers) server.kill('SIGTERM');
    await Promise.all(servers.map((server) => new Promise((resolve) => server.once('exit', resolve))));
    rmSync(scratch, { recursive: true, force: true });
  };
}
