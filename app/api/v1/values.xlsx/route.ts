import { readRequestedValues } from '@/lib/api/read-requested-values';
import { readOnlyRoute } from '@/lib/api/respond';
import { attachment } from '@/lib/export/attachment';
import { exportFileName } from '@/lib/export/export-file-name';
import { valuesXlsx, XLSX_CONTENT_TYPE } from '@/lib/export/values-xlsx';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) => {
  const table = await readRequestedValues(request);
  const file = await valuesXlsx(table, new Date());
  return attachment(file, exportFileName(table, 'xlsx'), XLSX_CONTENT_TYPE);
});
