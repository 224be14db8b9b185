'use client';

import Link from 'next/link';
import { useMemo, useState } from 'react';
import type { KelurahanQuality } from '@/lib/dashboard/quality-kelurahan';
import {
  DEFAULT_QUALITY_SORT,
  firstDescending,
  type QualityColumn,
  type QualitySort,
  sortKelurahanQuality,
} from '@/lib/dashboard/quality-sort';
import { formatCalendarDate, formatCount } from '@/lib/format';
import { useTranslate } from '@/lib/i18n/translation-provider';
import type { Indicator } from '@/lib/indicators/catalogue';
import { valueText } from '../indicator/value-text';
import { type SortColumn, SortHeaderRow } from '../ui/sort-header';
import { FreshnessBadge } from './freshness-badge';

const cell = 'px-2 py-1.5';
// The name stays in view while the table scrolls sideways on a phone.
const pinned = 'sticky left-0 bg-white pl-4';

/**
 * Every kelurahan's coverage and freshness, sortable by every column; by default the kelurahan to chase
 * first (never or not recently recorded, then the lowest coverage). What decides comes first, so that a
 * phone shows it beside the name; the kecamatan and kota come last.
 */
export function KelurahanQualityTable({ rows, coverage }: { rows: KelurahanQuality[]; coverage: Indicator }) {
  const t = useTranslate();
  const [sort, setSort] = useState<QualitySort>(DEFAULT_QUALITY_SORT);
  const sorted = useMemo(() => sortKelurahanQuality(rows, sort), [rows, sort]);
  const columns: SortColumn<QualityColumn>[] = [
    { column: 'name', label: t('table.kelurahan') },
    { column: 'coverage', label: t('quality.table.coverage'), numeric: true },
    { column: 'freshness', label: t('quality.table.status') },
    { column: 'families', label: t('quality.table.families'), numeric: true },
    { column: 'target', label: t('quality.table.target'), numeric: true },
    { column: 'lastPendataan', label: t('quality.table.lastPendataan') },
    { column: 'district', label: t('table.kecamatan') },
    { column: 'city', label: t('table.city') },
  ];
  return (
    <div className="relative max-h-[36rem] overflow-auto" data-testid="quality-table">
      <table className="w-full min-w-[56rem] text-left text-tremor-default">
        <caption className="sr-only">{t('quality.table.caption', { count: String(rows.length) })}</caption>
        <thead className="sticky top-0 z-20 border-b border-tremor-border bg-white text-tremor-content">
          <SortHeaderRow
            columns={columns}
            sort={sort}
            onSort={setSort}
            firstDescending={firstDescending}
            firstClassName={pinned}
          />
        </thead>
        <tbody className="divide-y divide-tremor-border">
          {sorted.map((row) => (
            <tr key={row.code} data-kode={row.code} data-freshness={row.freshness}>
              <th scope="row" className={`${cell} ${pinned} z-10 font-medium text-tremor-content-strong`}>
                <Link href={`/wilayah/${row.code}`} prefetch={false} className="hover:underline">
                  {row.name}
                </Link>
              </th>
              <td className={`${cell} text-right tabular-nums font-medium text-tremor-content-strong`}>
                {valueText(coverage, row.coverage, t)}
              </td>
              <td className={cell}>
                <FreshnessBadge freshness={row.freshness} t={t} />
              </td>
              <td className={`${cell} text-right tabular-nums text-tremor-content`}>
                {formatCount(row.families, t.numberLocale)}
              </td>
              <td className={`${cell} text-right tabular-nums text-tremor-content`}>
                {row.coverage.denominator === null
                  ? '–'
                  : formatCount(row.coverage.denominator, t.numberLocale)}
              </td>
              <td className={`${cell} whitespace-nowrap tabular-nums text-tremor-content`}>
                {row.lastPendataan ? formatCalendarDate(row.lastPendataan, t.numberLocale) : '–'}
              </td>
              <td className={`${cell} text-tremor-content`}>{row.district}</td>
              <td className={`${cell} text-tremor-content`}>{row.city}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
