import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserFacingError } from '../errors';
import { acquireFolderLock, lockPathFor } from './folder-lock';

const folders: string[] = [];
const children: ChildProcess[] = [];

function dataDir(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'jk-lock-'));
  folders.push(folder);
  return path.join(folder, 'pglite');
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the PGlite folder lock', () => {
  it('refuses a second holder while a live process holds the folder, naming it in both languages', () => {
    const dir = dataDir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    children.push(other);
    writeFileSync(lockPathFor(dir), JSON.stringify({ pid: other.pid, purpose: 'npm run dev', since: 'now' }));
    let refusal: unknown;
    try {
      acquireFolderLock(dir);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(UserFacingError);
    expect((refusal as UserFacingError).messageId).toContain(`PID ${other.pid}, npm run dev`);
    expect((refusal as UserFacingError).messageEn).toContain('is in use by another process');
  });

  it('takes over a lock whose PID now belongs to another program', () => {
    const dir = dataDir();
    const unrelated = spawn('sleep', ['30']);
    children.push(unrelated);
    writeFileSync(
      lockPathFor(dir),
      JSON.stringify({ pid: unrelated.pid, purpose: 'crashed', since: 'then' }),
    );
    acquireFolderLock(dir).release();
  });

  it('takes over a lock left by a process that has died', async () => {
    const dir = dataDir();
    const gone = spawn('true');
    await new Promise((resolve) => gone.on('exit', resolve));
    writeFileSync(lockPathFor(dir), JSON.stringify({ pid: gone.pid, purpose: 'crashed', since: 'then' }));
    const lock = acquireFolderLock(dir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('refuses a second open in the same process too, and frees the folder on release', () => {
    const dir = dataDir();
    const lock = acquireFolderLock(dir);
    expect(() => acquireFolderLock(dir)).toThrow(UserFacingError);
    lock.release();
    acquireFolderLock(dir).release();
  });
});
