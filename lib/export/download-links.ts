import type { RegionLevel } from '../geo/region-codes';

/** The file behind a table: the parameters of `/api/v1/values` or of `/api/v1/region-values`. */
export type TableDownload =
  | {
      route: 'values';
      indicator: string;
      period: string;
      level: RegionLevel;
      parent?: string | undefined;
      compare?: string | undefined;
    }
  | { route: 'region-values'; region: string[]; period: string; compare?: string | undefined };

/** `/api/v1/values.csv?indicator=…`: the address of the table's file in one format, without empty parameters. */
export function downloadHref({ route, ...params }: TableDownload, format: 'csv' | 'xlsx'): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) query.set(name, [value].flat().join(','));
  // Commas may stand in a query as they are; left unescaped, the address of a comparison stays readable.
  return `/api/v1/${route}.${format}?${query.toString().replaceAll('%2C', ',')}`;
}
