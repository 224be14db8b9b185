'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { ValueRow } from '@/lib/api/values-table';
import { useTranslate } from '@/lib/i18n/translation-provider';
import type { Indicator } from '@/lib/indicators/catalogue';
import { compareSortKeys, type SortState } from '@/lib/sort-keys';
import { ValueCells } from '../indicator/value-cells';
import { SortHeaderRow } from '../ui/sort-header';

type Column = 'name' | 'value' | 'denominator' | 'change';

function sortKey(row: ValueRow, column: Column): string | number | null {
  if (column === 'name') return row.name;
  if (column === 'value') return row.value;
  if (column === 'denominator') return row.denominator;
  return typeof row.change === 'number' ? row.change : null;
}

/**
 * The values of the regions directly below the profiled one, every column sortable, each name a link to
 * its own profile (keeping the view's indicator and periode).
 */
export function ChildrenTable({
  rows,
  indicator,
  nameHeading,
  caption,
  query,
  showChange,
}: {
  rows: ValueRow[];
  indicator: Indicator;
  nameHeading: string;
  caption: string;
  /** The view's part of the address, added to each link (`?indikator=…`). */
  query: string;
  showChange: boolean;
}) {
  const t = useTranslate();
  const [sort, setSort] = useState<SortState<Column>>({ column: 'value', descending: true });
  const sorted = useMemo(
    () =>
      [...rows].sort((a, b) =>
        compareSortKeys(sortKey(a, sort.column), sortKey(b, sort.column), sort.descending),
      ),
    [rows, sort],
  );
  const columns: { column: Column; label: string; numeric: boolean }[] = [
    { column: 'name', label: nameHeading, numeric: false },
    { column: 'value', label: t('table.value'), numeric: true },
    { column: 'denominator', label: t('table.n'), numeric: true },
    ...(showChange ? [{ column: 'change' as const, label: t('table.change'), numeric: true }] : []),
  ];
  return (
    <div className="relative overflow-x-auto" data-testid="children-table">
      <table className="w-full min-w-[18rem] text-left text-tremor-default">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-tremor-border text-tremor-content">
          <SortHeaderRow columns={columns} sort={sort} onSort={setSort} />
        </thead>
        <tbody className="divide-y divide-tremor-border">
          {sorted.map((row) => (
            <tr key={row.code} data-kode={row.code}>
              <th scope="row" className="px-2 py-1.5 font-medium">
                <Link
                  href={`/wilayah/${row.code}${query}`}
                  prefetch={false}
                  className="text-tremor-brand underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
                >
                  {row.name}
                </Link>
              </th>
              <ValueCells indicator={indicator} row={row} showChange={showChange} t={t} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
