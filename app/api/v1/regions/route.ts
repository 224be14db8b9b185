import { notFound } from '@/lib/api/api-error';
import { readOnlyRoute } from '@/lib/api/respond';
import { getDatabase } from '@/lib/db/server';
import { parseRegionFilters } from '@/lib/filters';
import { getRegion } from '@/lib/queries/get-region';
import { listRegions } from '@/lib/queries/list-regions';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  const filters = parseRegionFilters(new URL(request.url).searchParams);
  const { db } = await getDatabase();
  if (filters.parent && !(await getRegion(db, filters.parent)))
    throw notFound(
      `Wilayah dengan kode ${filters.parent} tidak ada di DKI Jakarta.`,
      `There is no region with code ${filters.parent} in DKI Jakarta.`,
      { parameter: 'parent' },
    );
  const rows = await listRegions(db, filters);
  return Response.json({ ...filters, rows });
});
