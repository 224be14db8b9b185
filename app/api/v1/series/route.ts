import { readOnlyRoute } from '@/lib/api/respond';
import { readSeries } from '@/lib/api/values-table';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { parseSeriesParams } from '@/lib/indicator-filters';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  const params = parseSeriesParams(new URL(request.url).searchParams);
  const { db } = await getDatabase();
  return Response.json(await readSeries(db, params, readEnv().minDenominator));
});
