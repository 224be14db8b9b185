import { readRequestedRegionValues } from '@/lib/api/read-requested-region-values';
import { readOnlyRoute } from '@/lib/api/respond';
import { attachment } from '@/lib/export/attachment';
import { regionValuesFileName } from '@/lib/export/export-file-name';
import { regionValuesCells } from '@/lib/export/region-values-columns';
import { CSV_CONTENT_TYPE, cellsCsv } from '@/lib/export/values-csv';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  const table = await readRequestedRegionValues(request);
  const csv = cellsCsv(regionValuesCells(table.body));
  return attachment(csv, regionValuesFileName(table, 'csv'), CSV_CONTENT_TYPE);
});
