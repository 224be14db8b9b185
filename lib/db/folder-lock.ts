import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../errors';

type LockHolder = { pid: number; purpose: string; since: string };

export type FolderLock = { path: string; release: () => void };

/** The lock sits beside the data folder, never inside it, so PGlite's own files stay untouched. */
export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !pidReusedByAnotherProgram(pid);
}

/** After a crash the PID may have gone to an unrelated program; on Linux /proc tells whether it is still Node. */
function pidReusedByAnotherProgram(pid: number): boolean {
  try {
    return !readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
  } catch {
    return false;
  }
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number'
      ? { pid: parsed.pid, purpose: parsed.purpose ?? '?', since: parsed.since ?? '?' }
      : undefined;
  } catch {
    return undefined;
  }
}

function currentPurpose(): string {
  return process.env.npm_lifecycle_event
    ? `npm run ${process.env.npm_lifecycle_event}`
    : path.basename(process.argv[1] ?? 'node');
}

function busyError(dataDir: string, holder: LockHolder): UserFacingError {
  const who = `PID ${holder.pid}, ${holder.purpose}, ${holder.since}`;
  return new UserFacingError(
    `Folder data PGlite ${dataDir} sedang dipakai proses lain (${who}). PGlite hanya boleh dibuka oleh satu proses ` +
      'agar datanya tidak rusak. Hentikan proses itu (misalnya server `npm run dev`) lalu ulangi perintah ini, ' +
      'atau gunakan server PostgreSQL lewat DATABASE_URL.',
    `The PGlite data folder ${dataDir} is in use by another process (${who}). Only one process may open PGlite, ` +
      'so that its data cannot be corrupted. Stop that process (for example the `npm run dev` server) and run this ' +
      'command again, or use a PostgreSQL server through DATABASE_URL.',
  );
}

/**
 * Takes the data folder for this process, or fails at once with a clear message when a live process holds it.
 * A lock left behind by a process that died is taken over.
 */
export function acquireFolderLock(dataDir: string): FolderLock {
  const lockPath = lockPathFor(dataDir);
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      const holder: LockHolder = {
        pid: process.pid,
        purpose: currentPurpose(),
        since: new Date().toISOString(),
      };
      writeSync(fd, JSON.stringify(holder));
      closeSync(fd);
      return { path: lockPath, release: () => releaseIfOurs(lockPath) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder && holder.pid !== process.pid && isAlive(holder.pid)) throw busyError(dataDir, holder);
      if (holder?.pid === process.pid) throw busyError(dataDir, holder);
      unlinkStale(lockPath);
    }
  }
  throw new Error(`could not take the lock ${lockPath}`);
}

function unlinkStale(lockPath: string): void {
  try {
    unlinkSync(lockPath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function releaseIfOurs(lockPath: string): void {
  if (readHolder(lockPath)?.pid === process.pid) unlinkStale(lockPath);
}
