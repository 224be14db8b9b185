import { readRequestedValues } from '@/lib/api/read-requested-values';
import { readOnlyRoute } from '@/lib/api/respond';
import { attachment } from '@/lib/export/attachment';
import { exportFileName } from '@/lib/export/export-file-name';
import { CSV_CONTENT_TYPE, valuesCsv } from '@/lib/export/values-csv';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  const table = await readRequestedValues(request);
  return attachment(valuesCsv(table.body), exportFileName(table, 'csv'), CSV_CONTENT_TYPE);
});
