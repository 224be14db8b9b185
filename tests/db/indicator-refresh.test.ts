import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres, type PostgresHandle } from '@/lib/db/client';
import { migrateDatabase } from '@/lib/db/migrate';
import { syncRegions } from '@/lib/geo/sync-regions';
import { refreshIndicatorValues } from '@/lib/indicators/refresh';
import { inRegisterTransaction, registerQuery } from '@/lib/register/store/session';
import { createPostgresDatabase } from '../support/databases';
import { FIXTURE_SUBMISSION, importProcessed } from '../support/submissions';

const databaseUrl = process.env.DATABASE_URL;

type Count = { indicator: string; rows: number; total: number };
const COUNTS = `SELECT indicator, count(*)::integer AS rows, sum(numerator)::integer AS total
  FROM indicator_values WHERE periode = '2025S1' GROUP BY indicator ORDER BY indicator`;

// Only PostgreSQL has a second connection to look from while a refresh is under way.
describe.skipIf(!databaseUrl)('a refresh seen from another connection [postgres]', () => {
  let database: Awaited<ReturnType<typeof createPostgresDatabase>>;
  let handle: PostgresHandle;

  beforeAll(async () => {
    database = await createPostgresDatabase(databaseUrl as string);
    handle = openPostgres(database.url, 4);
    await migrateDatabase(handle);
    await syncRegions(handle.db);
    await importProcessed(handle, FIXTURE_SUBMISSION);
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  it('shows the old values, all of them, until the new ones are committed together', async () => {
    const computed = await registerQuery<Count>(handle, COUNTS);
    await registerQuery(handle, `UPDATE indicator_values SET numerator = 0 WHERE periode = '2025S1'`);
    const stale = await registerQuery<Count>(handle, COUNTS);
    expect(stale).not.toEqual(computed);
    await inRegisterTransaction(handle, async (session) => {
      await refreshIndicatorValues(session.query, 'postgres', ['2025S1']);
      expect(await registerQuery<Count>(handle, COUNTS)).toEqual(stale);
    });
    expect(await registerQuery<Count>(handle, COUNTS)).toEqual(computed);
  });

  it('lets two refreshes of one periode run at once: the second waits instead of colliding', async () => {
    const computed = await registerQuery<Count>(handle, COUNTS);
    const refresh = () =>
      inRegisterTransaction(handle, (session) =>
        refreshIndicatorValues(session.query, 'postgres', ['2025S1']),
      );
    await Promise.all([refresh(), refresh(), refresh()]);
    expect(await registerQuery<Count>(handle, COUNTS)).toEqual(computed);
  });
});
