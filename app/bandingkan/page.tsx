import { Card } from '@tremor/react';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { parseComparedCodes } from '@/lib/dashboard/compare-params';
import { type RegionChoice, regionChoices, suggestedRegions } from '@/lib/dashboard/compare-regions';
import { indicatorGroups, indicatorName } from '@/lib/dashboard/indicator-options';
import { parseViewParams } from '@/lib/dashboard/view-params';
import { getDatabase } from '@/lib/db/server';
import { formatCount } from '@/lib/format';
import { getLocale } from '@/lib/i18n/locale';
import { periodLabel } from '@/lib/i18n/period-label';
import { translator } from '@/lib/i18n/translate';
import { listRegions } from '@/lib/queries/list-regions';
import { CompareTable } from '../_components/compare/compare-table';
import { CompareTrendCard } from '../_components/compare/compare-trend-card';
import { CompareSuggestions, RegionChooser } from '../_components/compare/region-chooser';
import { MeetingDeckButton } from '../_components/meeting/meeting-deck-button';
import { readPeriods } from '../_components/shell/read-periods';
import { CardSkeleton } from '../_components/ui/card-skeleton';
import { WidgetBoundary } from '../_components/ui/widget-boundary';

export const dynamic = 'force-dynamic';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = translator(await getLocale());
  return { title: t('compare.title') };
}

/** The five kota of the mainland, the comparison the empty page offers in one click. */
const MAINLAND_CITIES = ['31.71', '31.72', '31.73', '31.74', '31.75'];

export default async function ComparePage({ searchParams }: PageProps) {
  const t = translator(await getLocale());
  const params = await searchParams;
  const periods = await readPeriods();
  const view = parseViewParams(params, periods);
  const compared = parseComparedCodes(params);
  if ((periods.length > 0 && !view) || !compared) notFound();
  const { db } = await getDatabase();
  const choices = regionChoices(await listRegions(db, {}), t);
  const byCode = new Map(choices.map((choice) => [choice.code, choice]));
  const chosen = compared.codes.map((code) => byCode.get(code));
  if (chosen.some((choice) => choice === undefined)) notFound();
  const regions = chosen as RegionChoice[];
  const key = `${compared.codes.join(',')}-${view?.period}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold text-tremor-content-strong">{t('compare.title')}</h1>
          <p className="text-tremor-default text-tremor-content">{t('compare.intro')}</p>
        </div>
        {view && regions.length > 0 ? (
          <MeetingDeckButton
            view="compare"
            query={{ period: view.period, region: compared.codes }}
            initial={[view.indicator.id]}
            groups={indicatorGroups(t)}
          />
        ) : null}
      </div>
      {regions.length === 0 ? (
        <Card className="space-y-4">
          <h2 className="text-tremor-title font-semibold text-tremor-content-strong">
            {t('compare.emptyTitle')}
          </h2>
          <p className="max-w-3xl text-tremor-default text-tremor-content">{t('compare.emptyBody')}</p>
          <RegionChooser choices={choices} chosen={[]} />
          <CompareSuggestions
            suggestions={suggestedRegions(choices)}
            mainland={MAINLAND_CITIES.filter((code) => byCode.has(code))}
          />
        </Card>
      ) : (
        <>
          <RegionChooser choices={choices} chosen={compared.codes} />
          {compared.extra > 0 ? (
            <p
              role="status"
              className="rounded-tremor-default bg-orange-50 p-3 text-tremor-default text-orange-900"
            >
              {t('compare.tooMany', {
                asked: formatCount(compared.codes.length + compared.extra, t.numberLocale),
              })}
            </p>
          ) : null}
          {regions.length === 1 ? (
            <p className="text-tremor-default text-tremor-content">{t('compare.oneOnly')}</p>
          ) : null}
          {view ? (
            <>
              <WidgetBoundary key={`table-${key}`}>
                <Suspense
                  key={`table-${key}`}
                  fallback={
                    <CardSkeleton title={t('compare.tableTitle', { period: periodLabel(t, view.period) })} />
                  }
                >
                  <CompareTable regions={regions} period={view.period} t={t} />
                </Suspense>
              </WidgetBoundary>
              <WidgetBoundary key={`trend-${key}-${view.indicator.id}`}>
                <Suspense
                  key={`trend-${key}-${view.indicator.id}`}
                  fallback={
                    <CardSkeleton
                      title={t('overview.trendTitle', { indicator: indicatorName(view.indicator, t) })}
                    />
                  }
                >
                  <CompareTrendCard
                    indicator={view.indicator}
                    regions={regions}
                    periods={periods.map((row) => row.period)}
                    t={t}
                  />
                </Suspense>
              </WidgetBoundary>
            </>
          ) : (
            <Card>
              <p className="text-tremor-default text-tremor-content">{t('overview.noData')}</p>
            </Card>
          )}
        </>
      )}
    </div>
  );
}
