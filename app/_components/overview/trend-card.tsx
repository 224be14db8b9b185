import { Card } from '@tremor/react';
import { indicatorName } from '@/lib/dashboard/indicator-options';
import { getTrend } from '@/lib/dashboard/overview';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';
import { TrendChart } from './trend-chart';

/** The trend of the chosen indicator for Jakarta and its six kota, over every periode with data. */
export async function TrendCard({ indicator, t }: { indicator: Indicator; t: Translate }) {
  const { db } = await getDatabase();
  const trend = await getTrend(db, indicator, readEnv().minDenominator);
  const name = indicatorName(indicator, t);
  const data = trend.periods.map((period, index) => ({
    period,
    ...Object.fromEntries(trend.lines.map((line) => [line.name, line.values[index] ?? null])),
  }));
  return (
    <Card>
      <h2 className="text-tremor-title font-semibold text-tremor-content-strong">
        {t('overview.trendTitle', { indicator: name })}
      </h2>
      <p className="text-tremor-default text-tremor-content">{t('overview.trendNote')}</p>
      {trend.periods.length < 2 ? (
        <p className="mt-4 text-tremor-default text-tremor-content">{t('overview.trendTooShort')}</p>
      ) : (
        <TrendChart
          data={data}
          categories={trend.lines.map((line) => line.name)}
          kind={indicator.kind}
          numberLocale={t.numberLocale}
          label={t('overview.trendTitle', { indicator: name })}
          legendLabel={t('overview.trendLegend')}
        />
      )}
    </Card>
  );
}
