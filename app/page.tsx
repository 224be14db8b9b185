import { Card, Title } from '@tremor/react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DEFAULT_CLASS_METHOD } from '@/lib/dashboard/classify';
import { indicatorGroups } from '@/lib/dashboard/indicator-options';
import { parseViewParams } from '@/lib/dashboard/view-params';
import { getLocale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translate';
import { CityList } from './_components/city-list';
import { IndicatorPicker } from './_components/indicator/indicator-picker';
import { IndicatorMap, MapWithoutValues } from './_components/map/indicator-map';
import { MapMessage } from './_components/map/map-message';
import { MeetingDeckButton } from './_components/meeting/meeting-deck-button';
import { HeadlineTiles } from './_components/overview/headline-tiles';
import { MoversCard } from './_components/overview/movers-card';
import { TrendCard } from './_components/overview/trend-card';
import { readPeriods } from './_components/shell/read-periods';
import { CardSkeleton } from './_components/ui/card-skeleton';
import { WidgetBoundary } from './_components/ui/widget-boundary';

export const dynamic = 'force-dynamic';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

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
          <div className="flex flex-wrap items-end gap-3">
            <IndicatorPicker groups={indicatorGroups(t)} value={view.indicator.id} />
            <MeetingDeckButton
              view="overview"
              query={{ period: view.period }}
              initial={[view.indicator.id]}
              groups={indicatorGroups(t)}
            />
          </div>
        ) : null}
      </div>
      {view ? (
        <WidgetBoundary key={`tiles-${view.period}`}>
          <Suspense key={`tiles-${view.period}`} fallback={<CardSkeleton title={t('overview.headlines')} />}>
            <HeadlineTiles view={view} t={t} />
          </Suspense>
        </WidgetBoundary>
      ) : (
        <Card>
          <p className="text-tremor-default text-tremor-content">{t('overview.noData')}</p>
        </Card>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)]">
        <Card className="p-0">
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 px-4 pb-2 pt-4">
            <Title>{t('map.title')}</Title>
            {view ? (
              <Link
                href={`/peta?indikator=${view.indicator.id}&periode=${view.period}`}
                className="text-tremor-default font-medium text-tremor-brand underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
              >
                {t('overview.openMap')}
              </Link>
            ) : null}
          </div>
          {view ? (
            <>
              <p className="px-4 pb-2 text-tremor-default text-tremor-content">{t('map.caption')}</p>
              <WidgetBoundary key={`map-${widgetKey}`}>
                <Suspense
                  key={`map-${widgetKey}`}
                  fallback={<MapMessage busy>{t('map.loading')}</MapMessage>}
                >
                  <IndicatorMap
                    indicator={view.indicator}
                    period={view.period}
                    compare={view.previous}
                    mode="value"
                    method={DEFAULT_CLASS_METHOD}
                    compact
                  />
                </Suspense>
              </WidgetBoundary>
            </>
          ) : (
            <WidgetBoundary>
              <Suspense fallback={<MapMessage busy>{t('map.loading')}</MapMessage>}>
                <MapWithoutValues />
              </Suspense>
            </WidgetBoundary>
          )}
        </Card>
        {view ? (
          <WidgetBoundary key={`movers-${widgetKey}`}>
            <Suspense
              key={`movers-${widgetKey}`}
              fallback={<CardSkeleton title={t('overview.moversTitle')} />}
            >
              <MoversCard view={view} t={t} />
            </Suspense>
          </WidgetBoundary>
        ) : null}
      </div>
      {view ? (
        <WidgetBoundary key={`trend-${widgetKey}`}>
          <Suspense key={`trend-${widgetKey}`} fallback={<CardSkeleton title={t('overview.trendNote')} />}>
            <TrendCard indicator={view.indicator} t={t} />
          </Suspense>
        </WidgetBoundary>
      ) : null}
      <WidgetBoundary>
        <Suspense fallback={<CardSkeleton title={t('cities.title')} />}>
          <CityList />
        </Suspense>
      </WidgetBoundary>
    </div>
  );
}
