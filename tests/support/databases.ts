import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { type DatabaseHandle, openPgliteInMemory, openPostgres } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';

type Driver = {
  name: 'pglite' | 'postgres';
  open: () => Promise<{ handle: DatabaseHandle; dispose: () => Promise<void> }>;
};

async function openPgliteForTest() {
  const handle = await openPgliteInMemory();
  return { handle, dispose: () => handle.close() };
}

/**
 * A database of its own, created on the server that DATABASE_URL names and dropped afterwards, so that test
 * files can run in parallel and never touch the database DATABASE_URL itself names.
 */
export async function createPostgresDatabase(
  baseUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `jk_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const run = async (statement: string) => {
    const admin = new pg.Client({ connectionString: baseUrl });
    await admin.connect();
    try {
      await admin.query(statement);
    } finally {
      await admin.end();
    }
  };
  await run(`CREATE DATABASE "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

async function openPostgresForTest(baseUrl: string) {
  const database = await createPostgresDatabase(baseUrl);
  const handle = openPostgres(database.url, 4);
  return {
    handle,
    dispose: async () => {
      await handle.close();
      await database.drop();
    },
  };
}

export function testDrivers(): Driver[] {
  const databaseUrl = process.env.DATABASE_URL;
  return [
    { name: 'pglite', open: openPgliteForTest },
    ...(databaseUrl ? [{ name: 'postgres' as const, open: () => openPostgresForTest(databaseUrl) }] : []),
  ];
}

/** Runs the same suite on PGlite, and on PostgreSQL when DATABASE_URL is set, each on a fresh migrated database. */
export function describeOnEachDatabase(title: string, suite: (database: () => DatabaseHandle) => void): void {
  for (const driver of testDrivers()) {
    describe(`${title} [${driver.name}]`, () => {
      let opened: Awaited<ReturnType<Driver['open']>> | undefined;
      beforeAll(async () => {
        opened = await driver.open();
        await migrateDatabase(opened.handle);
      });
      afterAll(async () => {
        await opened?.dispose();
      });
      suite(() => {
        if (!opened) throw new Error('database not opened');
        return opened.handle;
      });
    });
  }
}
