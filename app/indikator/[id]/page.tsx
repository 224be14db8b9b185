import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { indicatorName } from '@/lib/dashboard/indicator-options';
import { parseViewParams } from '@/lib/dashboard/view-params';
import { readEnv } from '@/lib/env';
import { getLocale } from '@/lib/i18n/locale';
import { periodLabel } from '@/lib/i18n/period-label';
import { translator } from '@/lib/i18n/translate';
import { findIndicator } from '@/lib/indicators/catalogue';
import { DistributionCard } from '../../_components/indicator-page/distribution-card';
import { IndicatorDefinition } from '../../_components/indicator-page/indicator-definition';
import { indicatorMapHref, TEXT_LINK } from '../../_components/indicator-page/indicator-links';
import { JakartaValueCard } from '../../_components/indicator-page/jakarta-value-card';
import { RankingCard } from '../../_components/indicator-page/ranking-card';
import { TrendCard } from '../../_components/overview/trend-card';
import { readPeriods } from '../../_components/shell/read-periods';
import { CardSkeleton } from '../../_components/ui/card-skeleton';
import { WidgetBoundary } from '../../_components/ui/widget-boundary';

export const dynamic = 'force-dynamic';

type PageProps = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Pick<PageProps, 'params'>) {
  const t = translator(await getLocale());
  const indicator = findIndicator((await params).id);
  return { title: indicator ? indicatorName(indicator, t) : t('notFound.title') };
}

export default async function IndicatorPage({ params, searchParams }: PageProps) {
  const indicator = findIndicator((await params).id);
  if (!indicator) notFound();
  const t = translator(await getLocale());
  const periods = await readPeriods();
  const view = parseViewParams({ ...(await searchParams), indikator: indicator.id }, periods);
  if (periods.length > 0 && !view) notFound();
  const { minDenominator } = readEnv();
  const theme = t(`theme.${indicator.theme}`);
  const key = `${indicator.id}-${view?.period}`;
  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <Link
          href={view ? `/indikator?periode=${view.period}` : '/indikator'}
          prefetch={false}
          className={TEXT_LINK}
        >
          {t('indicatorPage.back')}
        </Link>
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h1 className="text-xl font-semibold text-tremor-content-strong">{indicatorName(indicator, t)}</h1>
          <Link href={indicatorMapHref(indicator.id, view?.period)} prefetch={false} className={TEXT_LINK}>
            {t('overview.openMap')}
          </Link>
        </div>
        <p className="text-tremor-default text-tremor-content">
          {view ? t('indicatorPage.subtitle', { theme, period: periodLabel(t, view.period) }) : theme}
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(16rem,1fr)] lg:items-start">
        <IndicatorDefinition indicator={indicator} minDenominator={minDenominator} t={t} />
        {view ? (
          <WidgetBoundary key={`jakarta-${key}`}>
            <Suspense
              key={`jakarta-${key}`}
              fallback={
                <CardSkeleton
                  title={t('indicatorPage.jakartaTitle', { period: periodLabel(t, view.period) })}
                />
              }
            >
              <JakartaValueCard indicator={indicator} period={view.period} previous={view.previous} t={t} />
            </Suspense>
          </WidgetBoundary>
        ) : (
          <p className="text-tremor-default text-tremor-content">{t('overview.noData')}</p>
        )}
      </div>
      {view ? (
        <>
          <WidgetBoundary key={`distribution-${key}`}>
            <Suspense
              key={`distribution-${key}`}
              fallback={<CardSkeleton title={t('indicatorPage.distributionTitle')} />}
            >
              <DistributionCard indicator={indicator} period={view.period} previous={view.previous} t={t} />
            </Suspense>
          </WidgetBoundary>
          <WidgetBoundary key={`ranking-${key}`}>
            <Suspense
              key={`ranking-${key}`}
              fallback={<CardSkeleton title={t('indicatorPage.rankingTitle')} />}
            >
              <RankingCard indicator={indicator} period={view.period} previous={view.previous} t={t} />
            </Suspense>
          </WidgetBoundary>
          <WidgetBoundary key={`trend-${indicator.id}`}>
            <Suspense
              key={`trend-${indicator.id}`}
              fallback={<CardSkeleton title={t('overview.trendNote')} />}
            >
              <TrendCard indicator={indicator} t={t} />
            </Suspense>
          </WidgetBoundary>
        </>
      ) : null}
    </div>
  );
}
