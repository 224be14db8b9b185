import 'server-only';
import { type DatabaseHandle, openDatabase } from './client';
import { migrateDatabase } from './migrate';

export const DATABASE_HANDLE_KEY = Symbol.for('jendela-keluarga.database');
type GlobalWithHandle = typeof globalThis & { [DATABASE_HANDLE_KEY]?: Promise<DatabaseHandle> };

/**
 * Opens the database and applies any pending migration, for a server started without `npm start`'s prepare
 * step. Regions are left to that step: reading them means parsing all of Indonesia's villages, too slow for a
 * first request, and a page without them says to run `npm run db:migrate`.
 */
async function openReadyDatabase(): Promise<DatabaseHandle> {
  const handle = await openDatabase();
  try {
    await migrateDatabase(handle);
    return handle;
  } catch (error) {
    await handle.close().catch(() => {});
    throw error;
  }
}

/**
 * The one database handle of the web process. Kept on globalThis so that hot reloads and separately
 * bundled routes share it: a second PGlite on the same folder in one process would corrupt it.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  const store = globalThis as GlobalWithHandle;
  if (!store[DATABASE_HANDLE_KEY]) {
    store[DATABASE_HANDLE_KEY] = openReadyDatabase().catch((error: unknown) => {
      store[DATABASE_HANDLE_KEY] = undefined;
      throw error;
    });
  }
  return store[DATABASE_HANDLE_KEY];
}
