import { Card } from '@tremor/react';
import { notFound, redirect } from 'next/navigation';
import { Suspense } from 'react';
import { indicatorGroups } from '@/lib/dashboard/indicator-options';
import { viewQuery } from '@/lib/dashboard/profile-params';
import { profiled } from '@/lib/dashboard/profile-region';
import { regionLabel } from '@/lib/dashboard/region-label';
import { parseViewParams, type SearchParams } from '@/lib/dashboard/view-params';
import { getLocale } from '@/lib/i18n/locale';
import { translator } from '@/lib/i18n/translate';
import { MeetingDeckButton } from '../../_components/meeting/meeting-deck-button';
import { ChosenIndicator } from '../../_components/profile/chosen-indicator';
import { ProfileFacts } from '../../_components/profile/profile-facts';
import { ProfileHeading } from '../../_components/profile/profile-heading';
import { ProfileIndicators } from '../../_components/profile/profile-indicators';
import { readLineage } from '../../_components/profile/read-lineage';
import { readPeriods } from '../../_components/shell/read-periods';
import { CardSkeleton } from '../../_components/ui/card-skeleton';
import { WidgetBoundary } from '../../_components/ui/widget-boundary';

export const dynamic = 'force-dynamic';

type PageProps = { params: Promise<{ kode: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: PageProps) {
  const t = translator(await getLocale());
  const region = (await readLineage((await params).kode)).at(-1);
  return { title: region ? regionLabel(region, t) : t('notFound.title') };
}

export default async function RegionProfilePage({ params, searchParams }: PageProps) {
  const t = translator(await getLocale());
  const [{ kode }, search, periods] = await Promise.all([params, searchParams, readPeriods()]);
  const lineage = await readLineage(kode);
  if (lineage.length === 0) notFound();
  const region = profiled(lineage);
  const query = viewQuery(search);
  // `3171` and `31%2E71` show the same profile as `31.71`: one address to share for each region.
  if (kode !== region.code) redirect(`/wilayah/${region.code}${query}`);
  const view = parseViewParams(search, periods);
  if (periods.length > 0 && !view) notFound();
  const heading = (
    <ProfileHeading
      lineage={lineage}
      query={query}
      mapQuery={(zoom) => viewQuery(search, zoom ? { wilayah: zoom } : {})}
      actions={
        view ? (
          <MeetingDeckButton
            view="profile"
            query={{ period: view.period, region: region.code }}
            initial={[view.indicator.id]}
            groups={indicatorGroups(t)}
          />
        ) : null
      }
      t={t}
    />
  );
  if (!view)
    return (
      <div className="space-y-6">
        {heading}
        <Card>
          <p className="text-tremor-default text-tremor-content">{t('overview.noData')}</p>
        </Card>
      </div>
    );
  const periodCodes = periods.map((row) => row.period);
  return (
    <div className="space-y-6">
      {heading}
      <WidgetBoundary key={`facts-${view.period}`}>
        <Suspense key={`facts-${view.period}`} fallback={<CardSkeleton title={t('profile.factsTitle')} />}>
          <ProfileFacts region={region} period={view.period} t={t} />
        </Suspense>
      </WidgetBoundary>
      <WidgetBoundary key={`indicators-${view.period}`}>
        <Suspense
          key={`indicators-${view.period}`}
          fallback={<CardSkeleton title={t('profile.indicatorsLoading')} />}
        >
          <ProfileIndicators
            lineage={lineage}
            view={view}
            periods={periodCodes}
            trendHref={(indicator) =>
              `/wilayah/${region.code}${viewQuery(search, { indikator: indicator })}#tren`
            }
            t={t}
          />
        </Suspense>
      </WidgetBoundary>
      <ChosenIndicator lineage={lineage} view={view} periods={periodCodes} query={query} t={t} />
    </div>
  );
}
