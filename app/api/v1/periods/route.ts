import { readOnlyRoute } from '@/lib/api/respond';
import { getDatabase } from '@/lib/db/server';
import { listPeriods } from '@/lib/queries/list-periods';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(async () => {
  const { db } = await getDatabase();
  const rows = (await listPeriods(db)).map((row) => ({
    period: row.period,
    synthetic: row.synthetic,
    last_import_at: row.lastImportAt?.toISOString() ?? null,
  }));
  return Response.json({ rows });
});
