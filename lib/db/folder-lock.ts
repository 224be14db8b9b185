import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../errors';

/** Who holds the folder. `started` identifies the process itself, so a PID reused after a crash does not count. */
type LockHolder = { pid: number; started: string | null; purpose: string; since: string };

export type FolderLock = { path: string; release: () => void };

/** A lock file or takeover marker this old that still cannot be read was left half-written by a crash. */
const UNREADABLE_GRACE_MS = 5_000;

/** The lock sits beside the data folder, never inside it, so PGlite's own files stay untouched. Taking it creates
 * the parent folder, which PGlite needs before it opens. */
export function lockPathFor(dataDir: string): string {
  return `${path.resolve(dataDir)}.lock`;
}

/** The boot id and start time (in clock ticks since boot) of a process, where /proc tells them. */
export function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const bootId = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    return `${bootId}:${fields[19]}`;
  } catch {
    return null;
  }
}

function isAlive(holder: LockHolder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const started = processStartOf(holder.pid);
  return holder.started === null || started === null || started === holder.started;
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    return typeof parsed.pid === 'number'
      ? {
          pid: parsed.pid,
          started: parsed.started ?? null,
          purpose: parsed.purpose ?? '?',
          since: parsed.since ?? '?',
        }
      : undefined;
  } catch {
    return undefined;
  }
}

function ageOf(filePath: string): number {
  try {
    return Date.now() - statSync(filePath).mtimeMs;
  } catch {
    return 0;
  }
}

function currentPurpose(): string {
  const script = process.env.npm_lifecycle_event;
  return script ? `npm run ${script}` : path.basename(process.argv[1] ?? 'node');
}

function busyError(dataDir: string, holder: LockHolder | undefined): UserFacingError {
  const whoId = holder ? `PID ${holder.pid}, ${holder.purpose}, ${holder.since}` : 'baru saja dibuka';
  const whoEn = holder ? `PID ${holder.pid}, ${holder.purpose}, ${holder.since}` : 'just opened';
  return new UserFacingError(
    `Folder data PGlite ${dataDir} sedang dipakai proses lain (${whoId}). PGlite hanya boleh dibuka oleh satu proses ` +
      'agar datanya tidak rusak. Hentikan proses itu (misalnya server `npm run dev`) lalu ulangi perintah ini, ' +
      'atau gunakan server PostgreSQL lewat DATABASE_URL.',
    `The PGlite data folder ${dataDir} is in use by another process (${whoEn}). Only one process may open PGlite, ` +
      'so that its data cannot be corrupted. Stop that process (for example the `npm run dev` server) and run this ' +
      'command again, or use a PostgreSQL server through DATABASE_URL.',
  );
}

/** Creates the lock file complete, in one step: link() fails if it exists, so no reader ever sees it half-written. */
function tryCreate(lockPath: string): boolean {
  const draft = `${lockPath}.${process.pid}.draft`;
  const holder: LockHolder = {
    pid: process.pid,
    started: processStartOf(process.pid),
    purpose: currentPurpose(),
    since: new Date().toISOString(),
  };
  writeFileSync(draft, JSON.stringify(holder));
  try {
    linkSync(draft, lockPath);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    removeIfPresent(draft);
  }
}

/**
 * Removes a dead holder's lock. Only one process at a time may do so (an exclusive takeover marker), and it
 * checks again under the marker, so two processes clearing the same stale lock cannot both end up holding it.
 */
function clearStaleLock(lockPath: string, isStale: () => boolean): void {
  const marker = `${lockPath}.takeover`;
  if (ageOf(marker) > UNREADABLE_GRACE_MS) removeIfPresent(marker);
  let fd: number;
  try {
    fd = openSync(marker, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw error;
  }
  try {
    if (isStale()) removeIfPresent(lockPath);
  } finally {
    closeSync(fd);
    removeIfPresent(marker);
  }
}

/**
 * Takes the data folder for this process, or fails at once with a clear message when a live process holds it.
 * A lock left behind by a process that died (or whose PID now belongs to another process) is taken over.
 */
export function acquireFolderLock(dataDir: string): FolderLock {
  const lockPath = lockPathFor(dataDir);
  mkdirSync(path.dirname(lockPath), { recursive: true });
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(lockPath)) return { path: lockPath, release: () => releaseIfOurs(lockPath) };
    const holder = readHolder(lockPath);
    if (holder && (holder.pid === process.pid || isAlive(holder))) throw busyError(dataDir, holder);
    if (!holder && ageOf(lockPath) < UNREADABLE_GRACE_MS) throw busyError(dataDir, holder);
    clearStaleLock(lockPath, () => {
      const current = readHolder(lockPath);
      return current ? !isAlive(current) : ageOf(lockPath) >= UNREADABLE_GRACE_MS;
    });
  }
  throw busyError(dataDir, readHolder(lockPath));
}

function removeIfPresent(filePath: string): void {
  try {
    unlinkSync(filePath);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function releaseIfOurs(lockPath: string): void {
  if (readHolder(lockPath)?.pid === process.pid) removeIfPresent(lockPath);
}

export type { LockHolder };
