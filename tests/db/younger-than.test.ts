import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteInMemory, type PgliteHandle } from '@/lib/db/client';
import { youngerThan } from '@/lib/register/store/cross-row-rules';

/**
 * The age rules test "younger than n years" by days before calling age(); the shortcut must never
 * change an answer, birthdays on 29 February and years with and without leap days included.
 */
describe('youngerThan', () => {
  let handle: PgliteHandle;
  beforeAll(async () => {
    handle = await openPgliteInMemory();
  });
  afterAll(() => handle.close());

  it.each([3, 5, 7])(
    'agrees with age() for every birth date in the %i years and more before a pendataan',
    async (years) => {
      const [row] = (
        await handle.client.query<{ disagreements: number; younger: number }>(
          `SELECT count(*) FILTER (WHERE (${youngerThan(years, 'd', 'b')}) IS DISTINCT FROM
                                       (date_part('year', age(d, b)) < ${years}))::integer AS disagreements,
                count(*) FILTER (WHERE ${youngerThan(years, 'd', 'b')})::integer AS younger
         FROM unnest('{2024-02-29,2024-03-01,2025-02-28,2025-03-01,2026-12-31,2100-03-01}'::date[]) d,
              LATERAL generate_series(d - (${years} + 2) * 366, d, interval '1 day') AS s(t),
              LATERAL (SELECT t::date AS b) born`,
        )
      ).rows;
      expect(row?.disagreements).toBe(0);
      expect(row?.younger).toBeGreaterThan(6 * years * 365);
    },
  );
});
