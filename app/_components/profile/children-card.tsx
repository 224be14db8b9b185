import { Card } from '@tremor/react';
import { indicatorName } from '@/lib/dashboard/indicator-options';
import { getChildValues } from '@/lib/dashboard/profile';
import { childLevel } from '@/lib/dashboard/profile-region';
import { regionLabel } from '@/lib/dashboard/region-label';
import type { ViewParams } from '@/lib/dashboard/view-params';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { formatCount } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import type { Translate } from '@/lib/i18n/translate';
import type { RegionRow } from '@/lib/queries/list-regions';
import { TableDownloads } from '../ui/table-downloads';
import { ChildrenTable } from './children-table';

const NAME_HEADING = { city: 'table.city', district: 'table.kecamatan', village: 'table.kelurahan' } as const;

/** The chosen indicator for each region directly below the profiled one, as a sortable table. */
export async function ChildrenCard({
  region,
  view,
  query,
  t,
}: {
  region: RegionRow;
  view: ViewParams;
  query: string;
  t: Translate;
}) {
  const level = childLevel(region.level);
  if (!level || level === 'province') return null;
  const { db } = await getDatabase();
  const { minDenominator } = readEnv();
  const { indicator, period, previous } = view;
  const rows = await getChildValues(db, { indicator, region, period, previous }, minDenominator);
  const withheld = rows.some((row) => row.suppressed);
  const title = t(`profile.children.${level}`, { name: regionLabel(region, t) });
  return (
    <Card className="p-4 sm:p-6">
      <h3 className="text-tremor-title font-semibold text-tremor-content-strong">{title}</h3>
      <p className="text-tremor-default text-tremor-content">
        {previous
          ? t('profile.childrenNoteChange', {
              indicator: indicatorName(indicator, t),
              period: periodLabel(t, period),
              previous: periodLabel(t, previous),
            })
          : t('profile.childrenNote', {
              indicator: indicatorName(indicator, t),
              period: periodLabel(t, period),
            })}
      </p>
      {rows.length === 0 ? (
        <p className="mt-4 text-tremor-default text-tremor-content">{t('profile.childrenNone')}</p>
      ) : (
        <div className="mt-3">
          <TableDownloads
            download={{
              route: 'values',
              indicator: indicator.id,
              period,
              level,
              parent: region.code,
              compare: previous,
            }}
            table={title}
            t={t}
            className="mb-2"
          />
          <ChildrenTable
            rows={rows}
            indicator={indicator}
            nameHeading={t(NAME_HEADING[level])}
            caption={t('profile.childrenCaption', { title })}
            query={query}
            showChange={previous !== undefined}
          />
        </div>
      )}
      {withheld ? (
        <p className="mt-3 text-tremor-label text-tremor-content">
          {t('profile.withheldNote', { min: formatCount(minDenominator, t.numberLocale) })}
        </p>
      ) : null}
    </Card>
  );
}
