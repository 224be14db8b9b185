import { Card } from '@tremor/react';
import type { ValueRow } from '@/lib/api/values-table';
import { getMovers } from '@/lib/dashboard/overview';
import type { ViewParams } from '@/lib/dashboard/view-params';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { formatIndicatorValue } from '@/lib/format-indicator';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';
import { ChangeBadge } from '../indicator/change-badge';
import { TableDownloads } from '../ui/table-downloads';

function MoverList({
  title,
  rows,
  indicator,
  t,
}: {
  title: string;
  rows: ValueRow[];
  indicator: Indicator;
  t: Translate;
}) {
  return (
    <div>
      <h3 className="text-tremor-default font-medium text-tremor-content-emphasis">{title}</h3>
      {rows.length === 0 ? (
        <p className="mt-2 text-tremor-default text-tremor-content">{t('overview.moversNone')}</p>
      ) : (
        <ol className="mt-2 space-y-2" aria-label={title}>
          {rows.map((row) => (
            <li key={row.code} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
              <span className="min-w-0 font-medium text-tremor-content-strong">{row.name}</span>
              <span className="flex items-baseline gap-2 text-tremor-default text-tremor-content">
                {row.value === null ? null : formatIndicatorValue(indicator, row.value, t.numberLocale)}
                <ChangeBadge indicator={indicator} change={row.change ?? null} t={t} showVerdict={false} />
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** The kelurahan that improved most and worsened most since the previous periode. */
export async function MoversCard({ view, t }: { view: ViewParams; t: Translate }) {
  const { indicator, period, previous } = view;
  const { db } = await getDatabase();
  const movers = previous
    ? await getMovers(db, indicator, period, previous, readEnv().minDenominator)
    : undefined;
  const neutral = indicator.direction === 'neutral';
  return (
    <Card>
      <h2 className="text-tremor-title font-semibold text-tremor-content-strong">
        {t('overview.moversTitle')}
      </h2>
      {!movers || !previous ? (
        <p className="mt-2 text-tremor-default text-tremor-content">{t('overview.moversNoPrevious')}</p>
      ) : (
        <>
          <p className="text-tremor-default text-tremor-content">{t('change.since', { period: previous })}</p>
          <TableDownloads
            download={{
              route: 'values',
              indicator: indicator.id,
              period,
              level: 'village',
              compare: previous,
            }}
            table={t('overview.moversTitle')}
            t={t}
            className="mt-2"
          />
          <div className="mt-4 grid gap-6 sm:grid-cols-2">
            <MoverList
              title={t(neutral ? 'overview.moversRose' : 'overview.moversImproved')}
              rows={movers.improved}
              indicator={indicator}
              t={t}
            />
            <MoverList
              title={t(neutral ? 'overview.moversFell' : 'overview.moversWorsened')}
              rows={movers.worsened}
              indicator={indicator}
              t={t}
            />
          </div>
        </>
      )}
    </Card>
  );
}
