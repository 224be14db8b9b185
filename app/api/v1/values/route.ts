import { readRequestedValues } from '@/lib/api/read-requested-values';
import { readOnlyRoute } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(async (request) =>
  Response.json((await readRequestedValues(request)).body),
);
