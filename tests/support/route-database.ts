import type { DatabaseHandle } from '@/lib/db/client';
import { DATABASE_HANDLE_KEY } from '@/lib/db/server';

/** Points the route handlers' shared handle (lib/db/server.ts) at a test database. */
export function serveRoutesFrom(handle: DatabaseHandle): void {
  (globalThis as Record<symbol, unknown>)[DATABASE_HANDLE_KEY] = Promise.resolve(handle);
}

export function get(path: string, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost${path}`, { headers });
}
