import 'server-only';
import { type DatabaseHandle, openDatabase } from './client';

const HANDLE_KEY = Symbol.for('jendela-keluarga.database');
type GlobalWithHandle = typeof globalThis & { [HANDLE_KEY]?: Promise<DatabaseHandle> };

/**
 * The one database handle of the web process. Kept on globalThis so that hot reloads and separately
 * bundled routes share it: a second PGlite on the same folder in one process would corrupt it.
 */
export function getDatabase(): Promise<DatabaseHandle> {
  const store = globalThis as GlobalWithHandle;
  if (!store[HANDLE_KEY]) {
    store[HANDLE_KEY] = openDatabase().catch((error: unknown) => {
      store[HANDLE_KEY] = undefined;
      throw error;
    });
  }
  return store[HANDLE_KEY];
}
