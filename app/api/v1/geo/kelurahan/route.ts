import { geoAssetResponse } from '@/lib/api/geo-response';
import { apiRoute } from '@/lib/api/respond';

export const dynamic = 'force-dynamic';

export const GET = apiRoute((request) => geoAssetResponse(request, 'kelurahan'));
