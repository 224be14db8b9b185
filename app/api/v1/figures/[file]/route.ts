import { readOnlyRoute } from '@/lib/api/respond';
import { readFigureDownload } from '@/lib/figures/figure-download';

export const dynamic = 'force-dynamic';

/** `/api/v1/figures/{map,trend,histogram}.{svg,png}`: a chart or map of the dashboard as a file to take away. */
export const { GET, POST, PUT, PATCH, DELETE } = readOnlyRoute(readFigureDownload);
