/**
 * How fresh each kelurahan's records are, kept beside the indicator values by every refresh, from the
 * hand-made fixture of tests/fixtures/indicators (see tests/db/indicator-values.test.ts for its families):
 * Gambir's twelve families were recorded from 2025-03-10 to 2025-05-20, Cideng's three on 2025-02-14.
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { syncRegions } from '@/lib/geo/sync-regions';
import { getRegionFreshness, listKelurahanFreshness } from '@/lib/queries/get-freshness';
import { describeOnEachDatabase } from '../support/databases';
import { FIXTURES } from '../support/paths';
import { importProcessed } from '../support/submissions';

describeOnEachDatabase('freshness of the records', (database) => {
  beforeAll(async () => {
    await syncRegions(database().db);
    await importProcessed(database(), path.join(FIXTURES, 'indicators', '2025S1'));
  });

  it('gives each kelurahan its families and its first and last pendataan', async () => {
    const rows = await listKelurahanFreshness(database().db, { period: '2025S1', region: '31.71.01' });
    expect(rows).toEqual([
      { code: '31.71.01.1001', families: 12, firstPendataan: '2025-03-10', lastPendataan: '2025-05-20' },
      { code: '31.71.01.1002', families: 3, firstPendataan: '2025-02-14', lastPendataan: '2025-02-14' },
    ]);
  });

  it('sums a region: kelurahan recorded, families, the latest visit and the kelurahan longest unvisited', async () => {
    expect(await getRegionFreshness(database().db, { period: '2025S1', region: '31.71.01' })).toEqual({
      kelurahanRecorded: 2,
      families: 15,
      lastPendataan: '2025-05-20',
      stalestPendataan: '2025-02-14',
    });
    expect(await getRegionFreshness(database().db, { period: '2024S2', region: '31' })).toEqual({
      kelurahanRecorded: 0,
      families: 0,
      lastPendataan: null,
      stalestPendataan: null,
    });
  });
});
