import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../errors';
import { acquireFolderLock, type LockHolder, lockPathFor, processStartOf } from './folder-lock';

const folders: string[] = [];
const children: ChildProcess[] = [];

function dataDir(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'jk-lock-'));
  folders.push(folder);
  return path.join(folder, 'pglite');
}

/** A live process that renames itself as `next start` does, so nothing in its command line says "node". */
async function startNamedServer(): Promise<ChildProcess> {
  const child = spawn(process.execPath, [
    '-e',
    "process.title = 'next-server (v16)'; setTimeout(() => {}, 30000)",
  ]);
  children.push(child);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return child;
}

function writeLock(dir: string, holder: Partial<LockHolder>): void {
  writeFileSync(
    lockPathFor(dir),
    JSON.stringify({ purpose: 'npm run dev', since: 'now', started: null, ...holder }),
  );
}

function refusalOf(dir: string): UserFacingError {
  try {
    acquireFolderLock(dir).release();
  } catch (error) {
    if (error instanceof UserFacingError) return error;
    throw error;
  }
  throw new Error('the folder was taken');
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the PGlite folder lock', () => {
  it('refuses a second holder while a live server holds the folder, naming it in both languages', async () => {
    const dir = dataDir();
    const server = await startNamedServer();
    writeLock(dir, { pid: server.pid, started: processStartOf(server.pid ?? 0) });
    const refusal = refusalOf(dir);
    expect(refusal.messageId).toContain(`PID ${server.pid}, npm run dev`);
    expect(refusal.messageEn).toContain('is in use by another process');
  });

  it('takes over a lock whose PID now belongs to a process started later', async () => {
    const dir = dataDir();
    const other = await startNamedServer();
    writeLock(dir, { pid: other.pid, started: 'another-boot:12345' });
    acquireFolderLock(dir).release();
  });

  it('takes over a lock left by a process that has died', async () => {
    const dir = dataDir();
    const gone = spawn('true');
    await new Promise((resolve) => gone.on('exit', resolve));
    writeLock(dir, { pid: gone.pid });
    const lock = acquireFolderLock(dir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('treats an unreadable lock as held while it is fresh, and as stale once it is old', () => {
    const dir = dataDir();
    writeFileSync(lockPathFor(dir), '');
    expect(refusalOf(dir).messageEn).toContain('in use');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPathFor(dir), old, old);
    acquireFolderLock(dir).release();
  });

  it('refuses a second open in the same process too, and frees the folder on release', () => {
    const dir = dataDir();
    const lock = acquireFolderLock(dir);
    expect(refusalOf(dir)).toBeInstanceOf(UserFacingError);
    lock.release();
    acquireFolderLock(dir).release();
  });
});
