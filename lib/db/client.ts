import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { type AppEnv, readEnv } from '../env';
import { acquireFolderLock } from './folder-lock';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

type HandleBase = {
  db: Database;
  /** Where the data lives, safe to print: a folder, or a URL without its password. */
  location: string;
  close: () => Promise<void>;
};
export type PgliteHandle = HandleBase & { driver: 'pglite'; client: PGlite };
export type PostgresHandle = HandleBase & { driver: 'postgres'; pool: pg.Pool };
export type DatabaseHandle = PgliteHandle | PostgresHandle;

export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = '';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

export function openPostgres(url: string, poolSize = 10): PostgresHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client that loses its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  return {
    driver: 'postgres',
    db: drizzlePg(pool, { schema }) as unknown as Database,
    pool,
    location: describeDatabaseUrl(url),
    close: () => pool.end(),
  };
}

/** An in-memory PGlite, for tests: nothing on disk, nothing to lock. */
export async function openPgliteInMemory(): Promise<PgliteHandle> {
  const client = await PGlite.create();
  return {
    driver: 'pglite',
    db: drizzlePglite(client, { schema }) as unknown as Database,
    client,
    location: 'memory',
    close: () => client.close(),
  };
}

export async function openPgliteFolder(dataDir: string): Promise<PgliteHandle> {
  const lock = acquireFolderLock(dataDir);
  const releaseOnExit = () => lock.release();
  process.once('exit', releaseOnExit);
  try {
    const client = await PGlite.create(dataDir);
    return {
      driver: 'pglite',
      db: drizzlePglite(client, { schema }) as unknown as Database,
      client,
      location: dataDir,
      close: async () => {
        await client.close();
        lock.release();
        process.off('exit', releaseOnExit);
      },
    };
  } catch (error) {
    lock.release();
    process.off('exit', releaseOnExit);
    throw error;
  }
}

/** `DATABASE_URL` set: PostgreSQL through a `pg` pool. Unset: the embedded PGlite in `PGLITE_DIR`. */
export async function openDatabase(env: AppEnv = readEnv()): Promise<DatabaseHandle> {
  return env.databaseUrl ? openPostgres(env.databaseUrl) : openPgliteFolder(env.pgliteDir);
}
