import { Card, Title } from '@tremor/react';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DEFAULT_CLASS_METHOD } from '@/lib/dashboard/classify';
import { COVERAGE } from '@/lib/dashboard/quality-kelurahan';
import { parseQualityParams } from '@/lib/dashboard/quality-params';
import { getDatabase } from '@/lib/db/server';
import { getLocale } from '@/lib/i18n/locale';
import { periodLabel } from '@/lib/i18n/period-label';
import { type Translate, translator } from '@/lib/i18n/translate';
import { listRegions } from '@/lib/queries/list-regions';
import { IndicatorMap } from '../_components/map/indicator-map';
import { MapMessage } from '../_components/map/map-message';
import { ImportHistoryCard } from '../_components/quality/import-history-card';
import { KelurahanQualityCard } from '../_components/quality/kelurahan-quality-card';
import { QualityTiles } from '../_components/quality/quality-tiles';
import { RegionFilter } from '../_components/quality/region-filter';
import { RejectionsCard } from '../_components/quality/rejections-card';
import { readPeriods } from '../_components/shell/read-periods';
import { CardSkeleton } from '../_components/ui/card-skeleton';
import { WidgetBoundary } from '../_components/ui/widget-boundary';

export const dynamic = 'force-dynamic';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = translator(await getLocale());
  return { title: `${t('quality.title')} · ${t('app.name')}` };
}

/** The history of imports, which belongs to no periode: shown with or without data. */
function ImportHistory({ t }: { t: Translate }) {
  return (
    <WidgetBoundary>
      <Suspense fallback={<CardSkeleton title={t('quality.history.title')} />}>
        <ImportHistoryCard t={t} />
      </Suspense>
    </WidgetBoundary>
  );
}

export default async function DataQualityPage({ searchParams }: PageProps) {
  const t = translator(await getLocale());
  const periods = await readPeriods();
  const params = parseQualityParams(await searchParams, periods);
  if (periods.length > 0 && !params) notFound();
  if (!params)
    return (
      <div className="space-y-6">
        <h1 className="text-xl font-semibold text-tremor-content-strong">{t('quality.title')}</h1>
        <Card>
          <p className="text-tremor-default text-tremor-content" data-testid="quality-no-data">
            {t('quality.noData')}
          </p>
        </Card>
        <ImportHistory t={t} />
      </div>
    );
  const { db } = await getDatabase();
  const cities = await listRegions(db, { level: 'city' });
  const city = params.region ? cities.find((candidate) => candidate.code === params.region) : undefined;
  if (params.region && !city) notFound();
  const { period, previous } = params;
  const key = `${period}-${city?.code ?? 'all'}`;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl space-y-1">
          <h1 className="text-xl font-semibold text-tremor-content-strong">
            {t('quality.heading', { period: periodLabel(t, period) })}
          </h1>
          <p className="text-tremor-default text-tremor-content">{t('quality.intro')}</p>
        </div>
        <RegionFilter
          cities={cities.map((row) => ({
            value: row.code,
            label: t('controls.regionCity', { name: row.name }),
          }))}
          value={city?.code}
        />
      </div>
      <WidgetBoundary key={`tiles-${period}`}>
        <Suspense key={`tiles-${period}`} fallback={<CardSkeleton title={t('quality.tiles.title')} />}>
          <QualityTiles period={period} t={t} />
        </Suspense>
      </WidgetBoundary>
      <Card className="p-0">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 px-4 pb-2 pt-4">
          <Title>{t('quality.map.title')}</Title>
          <Link
            href={`/peta?indikator=${COVERAGE.id}&periode=${period}${city ? `&wilayah=${city.code}` : ''}`}
            className="text-tremor-default font-medium text-tremor-brand underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
          >
            {t('quality.map.open')}
          </Link>
        </div>
        <p className="px-4 pb-2 text-tremor-default text-tremor-content">{t('quality.map.caption')}</p>
        <WidgetBoundary key={`map-${key}`}>
          <Suspense key={`map-${key}`} fallback={<MapMessage busy>{t('map.loading')}</MapMessage>}>
            <IndicatorMap
              indicator={COVERAGE}
              period={period}
              compare={previous}
              mode="value"
              method={DEFAULT_CLASS_METHOD}
              region={city?.code}
              compact
            />
          </Suspense>
        </WidgetBoundary>
      </Card>
      <WidgetBoundary key={`table-${key}`}>
        <Suspense key={`table-${key}`} fallback={<CardSkeleton title={t('quality.table.title')} />}>
          <KelurahanQualityCard period={period} city={city?.code} t={t} />
        </Suspense>
      </WidgetBoundary>
      <WidgetBoundary key={`rejections-${period}`}>
        <Suspense
          key={`rejections-${period}`}
          fallback={<CardSkeleton title={t('quality.rejections.title')} />}
        >
          <RejectionsCard period={period} t={t} />
        </Suspense>
      </WidgetBoundary>
      <ImportHistory t={t} />
    </div>
  );
}
