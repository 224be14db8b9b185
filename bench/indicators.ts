import { GET as getValues } from '../app/api/v1/values/route';
import { openPostgres } from '../lib/db/client';
import { DATABASE_HANDLE_KEY } from '../lib/db/server';
import { REGION_LEVELS } from '../lib/geo/region-codes';
import { type Figure, percentile, round, timeRepeatedly } from './measure';

const REQUESTS = 300;

/**
 * `/api/v1/values` answered by its route handler in this process, on the PostgreSQL database just
 * imported: everything the server does for a request (parameters, queries, roll-up, suppression, JSON)
 * except the HTTP socket. Warm: each level is requested a few times before it is timed.
 */
export async function benchValuesLatency(url: string, label: string): Promise<Figure[]> {
  const handle = openPostgres(url, 4);
  (globalThis as Record<symbol, unknown>)[DATABASE_HANDLE_KEY] = Promise.resolve(handle);
  try {
    const figures: Figure[] = [];
    for (const level of REGION_LEVELS) {
      const request = () =>
        getValues(new Request(`http://localhost/api/v1/values?indicator=safe_water&level=${level}`)).then(
          async (response) => {
            if (response.status !== 200) throw new Error(`values ${level}: ${response.status}`);
            await response.json();
          },
        );
      const durations = await timeRepeatedly(request, REQUESTS);
      figures.push({
        name: `/api/v1/values ${level} p50 (${label})`,
        value: round(percentile(durations, 0.5)),
        unit: 'ms',
      });
      figures.push({
        name: `/api/v1/values ${level} p95 (${label})`,
        value: round(percentile(durations, 0.95)),
        unit: 'ms',
        goal: '< 20 ms',
        note: `${REQUESTS} requests after 20 to warm up, in-process route handler`,
      });
    }
    return figures;
  } finally {
    (globalThis as Record<symbol, unknown>)[DATABASE_HANDLE_KEY] = undefined;
    await handle.close();
  }
}
