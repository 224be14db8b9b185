'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { MapArea, MapView } from '@/lib/dashboard/map-view';
import { useTranslate } from '@/lib/i18n/translation-provider';
import type { Indicator } from '@/lib/indicators/catalogue';
import { compareSortKeys, type SortState } from '@/lib/sort-keys';
import { ValueCells } from '../indicator/value-cells';
import { type SortColumn, SortHeaderRow } from '../ui/sort-header';
import { TableDownloads } from '../ui/table-downloads';

type Column = 'name' | 'district' | 'city' | 'value' | 'denominator' | 'change';
type Sort = SortState<Column>;

const district = (area: MapArea, view: MapView) => view.parents[area.code.slice(0, 8)]?.name ?? '';
const city = (area: MapArea, view: MapView) => view.parents[area.code.slice(0, 5)]?.name ?? '';

/** The sort key of a row: text for names, a number otherwise; rows without a number sort last either way. */
function sortKey(area: MapArea, column: Column, view: MapView): string | number | null {
  if (column === 'name') return area.name;
  if (column === 'district') return district(area, view);
  if (column === 'city') return city(area, view);
  if (column === 'value') return area.value;
  if (column === 'denominator') return area.denominator;
  return typeof area.change === 'number' ? area.change : null;
}

function compareRows(a: MapArea, b: MapArea, { column, descending }: Sort, view: MapView): number {
  return compareSortKeys(sortKey(a, column, view), sortKey(b, column, view), descending);
}

/** The map's values as a table, every column sortable; the rows of `region` only when one is chosen. */
export function AreaTable({
  view,
  indicator,
  region,
  showChange,
}: {
  view: MapView;
  indicator: Indicator;
  region: string | undefined;
  showChange: boolean;
}) {
  const t = useTranslate();
  const [sort, setSort] = useState<Sort>({ column: 'value', descending: true });
  const rows = useMemo(() => {
    const shown = region
      ? view.areas.filter((area) => area.code.startsWith(`${region}.`) || area.code === region)
      : view.areas;
    return [...shown].sort((a, b) => compareRows(a, b, sort, view));
  }, [view, region, sort]);
  const columns: SortColumn<Column>[] = [
    { column: 'name', label: t('table.kelurahan') },
    { column: 'district', label: t('table.kecamatan') },
    { column: 'city', label: t('table.city') },
    { column: 'value', label: t('table.value'), numeric: true },
    { column: 'denominator', label: t('table.n'), numeric: true },
    ...(showChange ? [{ column: 'change' as const, label: t('table.change'), numeric: true }] : []),
  ];
  // The file of a kelurahan chosen alone is its kecamatan's: the API lists the kelurahan below a region.
  const parent = region?.split('.').length === 4 ? region.slice(0, 8) : region;
  const download = {
    route: 'values' as const,
    indicator: indicator.id,
    period: view.period,
    level: 'village' as const,
    parent,
    compare: showChange ? view.compare : undefined,
  };
  return (
    <>
      <TableDownloads download={download} table={t('tableExport.mapTable')} t={t} className="mb-2" />
      <div className="relative overflow-x-auto" data-testid="area-table">
        <table className="w-full min-w-[40rem] text-left text-tremor-default">
          <caption className="sr-only">{t('table.caption', { count: String(rows.length) })}</caption>
          <thead className="border-b border-tremor-border text-tremor-content">
            <SortHeaderRow columns={columns} sort={sort} onSort={setSort} />
          </thead>
          <tbody className="divide-y divide-tremor-border">
            {rows.map((area) => (
              <tr key={area.code} data-kode={area.code}>
                <th scope="row" className="px-2 py-1.5 font-medium text-tremor-content-strong">
                  <Link href={`/wilayah/${area.code}`} prefetch={false} className="hover:underline">
                    {area.name}
                  </Link>
                </th>
                <td className="px-2 py-1.5 text-tremor-content">{district(area, view)}</td>
                <td className="px-2 py-1.5 text-tremor-content">{city(area, view)}</td>
                <ValueCells indicator={indicator} row={area} showChange={showChange} t={t} />
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
