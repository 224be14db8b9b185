import { Card } from '@tremor/react';
import { indicatorName } from '@/lib/dashboard/indicator-options';
import { getProfileTrend } from '@/lib/dashboard/profile';
import { type Lineage, profiled } from '@/lib/dashboard/profile-region';
import { regionLabel } from '@/lib/dashboard/region-label';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';
import { TrendChart } from '../overview/trend-chart';
import { FigureDownloads } from '../ui/figure-downloads';

/**
 * The chosen indicator over every periode for Jakarta, the region and its parent; on the province's
 * profile, for Jakarta and its kota.
 */
export async function ProfileTrendCard({
  indicator,
  lineage,
  periods,
  t,
}: {
  indicator: Indicator;
  lineage: Lineage;
  periods: string[];
  t: Translate;
}) {
  const { db } = await getDatabase();
  const trend = await getProfileTrend(db, indicator, lineage, periods, readEnv().minDenominator);
  const region = profiled(lineage);
  const labels = new Map(lineage.map((row) => [row.code, regionLabel(row, t)]));
  const lines = trend.lines.map((line) => ({ ...line, label: labels.get(line.code) ?? line.name }));
  const title = t('overview.trendTitle', { indicator: indicatorName(indicator, t) });
  const data = trend.periods.map((period, index) => ({
    period,
    ...Object.fromEntries(lines.map((line) => [line.label, line.values[index] ?? null])),
  }));
  return (
    <Card>
      <div className="flex items-start justify-between gap-4">
        <div>
          <h3 className="text-tremor-title font-semibold text-tremor-content-strong">{title}</h3>
          <p className="text-tremor-default text-tremor-content">
            {region.level === 'province'
              ? t('overview.trendNote')
              : t('profile.trendNote', { names: lines.map((line) => line.label).join(', ') })}
          </p>
        </div>
        <FigureDownloads
          kind="trend"
          query={{
            indicator: indicator.id,
            region: region.level === 'province' ? undefined : lines.map((line) => line.code),
          }}
          label={title}
          t={t}
        />
      </div>
      {lines.some((line) => line.code === region.code && line.values.every((value) => value === null)) ? (
        <p className="mt-2 text-tremor-default text-tremor-content">
          {t('profile.trendRegionEmpty', { name: regionLabel(region, t) })}
        </p>
      ) : null}
      {trend.periods.length < 2 ? (
        <p className="mt-4 text-tremor-default text-tremor-content">{t('overview.trendTooShort')}</p>
      ) : (
        <TrendChart
          data={data}
          categories={lines.map((line) => line.label)}
          kind={indicator.kind}
          numberLocale={t.numberLocale}
          label={title}
          legendLabel={t('overview.trendLegend')}
        />
      )}
    </Card>
  );
}
