import { Card, Title } from '@tremor/react';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { parseViewParams } from '@/lib/dashboard/view-params';
import { getLocale } from '@/lib/i18n/locale';
import { type Translate, translator } from '@/lib/i18n/translate';
import { INDICATORS, THEMES } from '@/lib/indicators/catalogue';
import { CityList } from './_components/city-list';
import { IndicatorPicker } from './_components/indicator/indicator-picker';
import { MapMessage } from './_components/map/map-message';
import { OverviewMap } from './_components/map/overview-map';
import { HeadlineTiles } from './_components/overview/headline-tiles';
import { MoversCard } from './_components/overview/movers-card';
import { TrendCard } from './_components/overview/trend-card';
import { readPeriods } from './_components/shell/read-periods';
import { CardSkeleton } from './_components/ui/card-skeleton';

export const dynamic = 'force-dynamic';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pickerGroups(t: Translate) {
  return THEMES.map((theme) => ({
    label: t(`theme.${theme}`),
    options: INDICATORS.filter((indicator) => indicator.theme === theme).map((indicator) => ({
      id: indicator.id,
      name: t.locale === 'en' ? indicator.name.en : indicator.name.id,
    })),
  }));
}

export default async function OverviewPage({ searchParams }: PageProps) {
  const t = translator(await getLocale());
  const periods = await readPeriods();
  const view = parseViewParams(await searchParams, periods);
  if (periods.length > 0 && !view) notFound();
  const widgetKey = `${view?.indicator.id}-${view?.period}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-xl font-semibold text-tremor-content-strong">{t('overview.title')}</h1>
        {view ? (
          <IndicatorPicker groups={pickerGroups(t)} value={view.indicator.id} label={t('picker.indicator')} />
        ) : null}
      </div>
      {view ? (
        <Suspense key={`tiles-${view.period}`} fallback={<CardSkeleton title={t('overview.headlines')} />}>
          <HeadlineTiles view={view} t={t} />
        </Suspense>
      ) : (
        <Card>
          <p className="text-tremor-default text-tremor-content">{t('overview.noData')}</p>
        </Card>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
        <Card className="p-0">
          <Title className="px-4 pb-2 pt-4">{t('map.title')}</Title>
          <Suspense fallback={<MapMessage busy>{t('map.loading')}</MapMessage>}>
            <OverviewMap />
          </Suspense>
        </Card>
        {view ? (
          <Suspense key={`movers-${widgetKey}`} fallback={<CardSkeleton title={t('overview.moversTitle')} />}>
            <MoversCard view={view} t={t} />
          </Suspense>
        ) : null}
      </div>
      {view ? (
        <Suspense key={`trend-${widgetKey}`} fallback={<CardSkeleton title={t('overview.trendNote')} />}>
          <TrendCard indicator={view.indicator} t={t} />
        </Suspense>
      ) : null}
      <Suspense fallback={<CardSkeleton title={t('cities.title')} />}>
        <CityList />
      </Suspense>
    </div>
  );
}
