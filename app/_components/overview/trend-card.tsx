import { Card } from '@tremor/react';
import { indicatorName } from '@/lib/dashboard/indicator-options';
import { getTrend, type Trend } from '@/lib/dashboard/overview';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';
import { FigureDownloads } from '../ui/figure-downloads';
import { TrendChart } from './trend-chart';

/** The lines of a trend drawn as a chart, or why there is none yet (fewer than two periods). */
export function TrendLines({
  trend,
  indicator,
  label,
  t,
}: {
  trend: Trend;
  indicator: Indicator;
  label: string;
  t: Translate;
}) {
  if (trend.periods.length < 2)
    return <p className="mt-4 text-tremor-default text-tremor-content">{t('overview.trendTooShort')}</p>;
  const data = trend.periods.map((period, index) => ({
    period,
    ...Object.fromEntries(trend.lines.map((line) => [line.name, line.values[index] ?? null])),
  }));
  return (
    <TrendChart
      data={data}
      categories={trend.lines.map((line) => line.name)}
      kind={indicator.kind}
      numberLocale={t.numberLocale}
      label={label}
      legendLabel={t('overview.trendLegend')}
    />
  );
}

/** The trend of the chosen indicator for Jakarta and its six kota, over every periode with data. */
export async function TrendCard({ indicator, t }: { indicator: Indicator; t: Translate }) {
  const { db } = await getDatabase();
  const trend = await getTrend(db, indicator, readEnv().minDenominator);
  const title = t('overview.trendTitle', { indicator: indicatorName(indicator, t) });
  return (
    <Card>
      <div className="flex items-start justify-between gap-4">
        <div>
          <h2 className="text-tremor-title font-semibold text-tremor-content-strong">{title}</h2>
          <p className="text-tremor-default text-tremor-content">{t('overview.trendNote')}</p>
        </div>
        <FigureDownloads kind="trend" query={{ indicator: indicator.id }} label={title} t={t} />
      </div>
      <TrendLines trend={trend} indicator={indicator} label={title} t={t} />
    </Card>
  );
}
