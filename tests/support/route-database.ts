import type { DatabaseHandle } from '@/lib/db/client';

/** Points the route handlers' shared handle (lib/db/server.ts) at a test database. */
export function serveRoutesFrom(handle: DatabaseHandle): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('jendela-keluarga.database')] = Promise.resolve(handle);
}

export function get(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost${path}`, { headers });
}
