import { Suspense } from 'react';
import { indicatorGroups } from '@/lib/dashboard/indicator-options';
import { type Lineage, profiled } from '@/lib/dashboard/profile-region';
import type { ViewParams } from '@/lib/dashboard/view-params';
import type { Translate } from '@/lib/i18n/translate';
import { IndicatorPicker } from '../indicator/indicator-picker';
import { CardSkeleton } from '../ui/card-skeleton';
import { WidgetBoundary } from '../ui/widget-boundary';
import { ChildrenCard } from './children-card';
import { ChildrenMap } from './children-map';
import { ProfileTrendCard } from './profile-trend-card';

/**
 * One indicator (`indikator`, chosen here) in depth: its trend for the region, its parent and Jakarta,
 * and for a kota or kecamatan the map and table of what lies below (for Jakarta, the table of its kota
 * beside the trend).
 */
export function ChosenIndicator({
  lineage,
  view,
  periods,
  query,
  t,
}: {
  lineage: Lineage;
  view: ViewParams;
  periods: string[];
  query: string;
  t: Translate;
}) {
  const region = profiled(lineage);
  const key = `${view.indicator.id}-${view.period}`;
  const children = (
    <WidgetBoundary key={`children-${key}`}>
      <Suspense key={`children-${key}`} fallback={<CardSkeleton title={t('profile.childrenLoading')} />}>
        <ChildrenCard region={region} view={view} query={query} t={t} />
      </Suspense>
    </WidgetBoundary>
  );
  const province = region.level === 'province';
  return (
    <section id="tren" aria-labelledby="profile-chosen-title" className="scroll-mt-4 space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h2
            id="profile-chosen-title"
            className="text-tremor-title font-semibold text-tremor-content-strong"
          >
            {t('profile.chosenTitle')}
          </h2>
          <p className="text-tremor-default text-tremor-content">{t('profile.chosenNote')}</p>
        </div>
        <IndicatorPicker groups={indicatorGroups(t)} value={view.indicator.id} />
      </div>
      <div
        className={`grid grid-cols-1 gap-6 ${province ? 'lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]' : ''}`}
      >
        <WidgetBoundary key={`trend-${key}`}>
          <Suspense key={`trend-${key}`} fallback={<CardSkeleton title={t('profile.trendLoading')} />}>
            <ProfileTrendCard indicator={view.indicator} lineage={lineage} periods={periods} t={t} />
          </Suspense>
        </WidgetBoundary>
        {province ? children : null}
      </div>
      {region.level === 'city' || region.level === 'district' ? (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <ChildrenMap region={region} view={view} t={t} />
          {children}
        </div>
      ) : null}
    </section>
  );
}
