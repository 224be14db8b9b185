import { readRequestedRegionValues } from '@/lib/api/read-requested-region-values';
import { readOnlyRoute } from '@/lib/api/respond';
import { attachment } from '@/lib/export/attachment';
import { regionValuesFileName } from '@/lib/export/export-file-name';
import { regionValuesXlsx } from '@/lib/export/region-values-xlsx';
import { XLSX_CONTENT_TYPE } from '@/lib/export/values-xlsx';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  const table = await readRequestedRegionValues(request);
  const file = await regionValuesXlsx(table, new Date());
  return attachment(file, regionValuesFileName(table, 'xlsx'), XLSX_CONTENT_TYPE);
});
