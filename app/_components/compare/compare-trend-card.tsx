import { Card } from '@tremor/react';
import { getCompareTrend } from '@/lib/dashboard/compare';
import { type RegionChoice, shortNames } from '@/lib/dashboard/compare-regions';
import { indicatorGroups, indicatorName } from '@/lib/dashboard/indicator-options';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';
import { IndicatorPicker } from '../indicator/indicator-picker';
import { TrendLines } from '../overview/trend-card';
import { FigureDownloads } from '../ui/figure-downloads';

/** The chosen indicator (`indikator`) over every periode, one line per chosen region. */
export async function CompareTrendCard({
  indicator,
  regions,
  periods,
  t,
}: {
  indicator: Indicator;
  regions: RegionChoice[];
  periods: string[];
  t: Translate;
}) {
  const { db } = await getDatabase();
  const names = shortNames(regions);
  const trend = await getCompareTrend(
    db,
    {
      indicator,
      regions: regions.map((region, index) => ({ code: region.code, name: names[index] ?? '' })),
      periods,
    },
    readEnv().minDenominator,
  );
  const title = t('overview.trendTitle', { indicator: indicatorName(indicator, t) });
  return (
    <Card>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h2 className="text-tremor-title font-semibold text-tremor-content-strong">{title}</h2>
          <p className="text-tremor-default text-tremor-content">{t('compare.trendNote')}</p>
        </div>
        <div className="flex min-w-0 flex-wrap items-end gap-2">
          <IndicatorPicker groups={indicatorGroups(t)} value={indicator.id} />
          <FigureDownloads
            kind="trend"
            query={{ indicator: indicator.id, region: regions.map((region) => region.code) }}
            label={title}
            t={t}
          />
        </div>
      </div>
      <TrendLines trend={trend} indicator={indicator} label={title} t={t} />
    </Card>
  );
}
