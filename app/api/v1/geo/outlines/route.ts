import { geoAssetResponse } from '@/lib/api/geo-response';
import { readOnlyRoute } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute((request) =>
  geoAssetResponse(request, 'outlines'),
);
