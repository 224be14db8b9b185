import 'server-only';
import { getDatabase } from '../db/server';
import { readEnv } from '../env';
import { parseRegionValuesParams } from '../region-values-params';
import { type RegionValuesTable, readRegionValuesTable } from './region-values-table';

/** The table of every indicator for the regions of `region`, as both files of it answer. */
export async function readRequestedRegionValues(request: Request): Promise<RegionValuesTable> {
  const params = parseRegionValuesParams(new URL(request.url).searchParams);
  const { db } = await getDatabase();
  return readRegionValuesTable(db, params, readEnv().minDenominator);
}
