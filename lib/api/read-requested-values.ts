import 'server-only';
import { getDatabase } from '../db/server';
import { readEnv } from '../env';
import { parseValuesParams } from '../indicator-filters';
import { readValuesTable, type ValuesTable } from './values-table';

/** The table the JSON route answers, for the same parameters: the files can never disagree with it. */
export async function readRequestedValues(request: Request): Promise<ValuesTable> {
  const params = parseValuesParams(new URL(request.url).searchParams);
  const { db } = await getDatabase();
  return readValuesTable(db, params, readEnv().minDenominator);
}
