import { readOnlyRoute } from '@/lib/api/respond';
import { readDeckDownload } from '@/lib/meeting/deck-download';

export const dynamic = 'force-dynamic';

/** `/api/v1/decks/{overview,map,profile,compare}.{pptx,pdf}`: a view as meeting slides ("Bahan rapat"). */
export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(readDeckDownload);
