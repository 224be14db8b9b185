import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { indicatorGroups, indicatorName } from '@/lib/dashboard/indicator-options';
import { parseMapParams } from '@/lib/dashboard/view-params';
import { getDatabase } from '@/lib/db/server';
import { getLocale } from '@/lib/i18n/locale';
import { periodLabel } from '@/lib/i18n/period-label';
import { type Translate, translator } from '@/lib/i18n/translate';
import { THEMES } from '@/lib/indicators/catalogue';
import { getRegion } from '@/lib/queries/get-region';
import { listRegions, type RegionRow } from '@/lib/queries/list-regions';
import { IndicatorMap, MapWithoutValues } from '../_components/map/indicator-map';
import { MapControls } from '../_components/map/map-controls';
import { MapMessage } from '../_components/map/map-message';
import { MeetingDeckButton } from '../_components/meeting/meeting-deck-button';
import { readPeriods } from '../_components/shell/read-periods';
import type { SelectGroup } from '../_components/ui/param-select';
import { WidgetBoundary } from '../_components/ui/widget-boundary';

export const dynamic = 'force-dynamic';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = translator(await getLocale());
  return { title: t('mapPage.title') };
}

/** Each kota, then its kecamatan, as the region picker lists them. */
function regionGroups(cities: RegionRow[], districts: RegionRow[], t: Translate): SelectGroup[] {
  return cities.map((city) => ({
    label: city.name,
    options: [
      { value: city.code, label: t('controls.regionCity', { name: city.name }) },
      ...districts
        .filter((district) => district.parent === city.code)
        .map((district) => ({
          value: district.code,
          label: t('controls.regionDistrict', { name: district.name }),
        })),
    ],
  }));
}

export default async function MapPage({ searchParams }: PageProps) {
  const t = translator(await getLocale());
  const periods = await readPeriods();
  const params = parseMapParams(await searchParams, periods);
  if (periods.length > 0 && !params) notFound();
  if (!params)
    return (
      <div className="space-y-6">
        <h1 className="text-xl font-semibold text-tremor-content-strong">{t('mapPage.title')}</h1>
        <MapWithoutValues />
      </div>
    );
  const { db } = await getDatabase();
  const [region, cities, districts] = await Promise.all([
    params.region ? getRegion(db, params.region) : undefined,
    listRegions(db, { level: 'city' }),
    listRegions(db, { level: 'district' }),
  ]);
  if (params.region && !region) notFound();
  const { indicator, period, compare } = params;
  const mode = compare ? 'change' : 'value';
  const heading = compare
    ? t('mapPage.changeHeading', {
        indicator: indicatorName(indicator, t),
        from: periodLabel(t, compare),
        to: periodLabel(t, period),
      })
    : t('mapPage.valueHeading', { indicator: indicatorName(indicator, t), period: periodLabel(t, period) });
  const earlier = periods.filter((row) => row.period < period).reverse();
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="space-y-1">
          <h1 className="text-xl font-semibold text-tremor-content-strong">{heading}</h1>
          <p className="text-tremor-default text-tremor-content">
            {region && region.level !== 'province'
              ? t('mapPage.zoomedTo', { name: region.name })
              : t('map.caption')}
          </p>
        </div>
        <MeetingDeckButton
          view="map"
          query={{ period, compare, classes: params.method, region: region?.code }}
          initial={[indicator.id]}
          groups={indicatorGroups(t)}
        />
      </div>
      <MapControls
        themes={THEMES.map((theme) => ({ value: theme, label: t(`theme.${theme}`) }))}
        theme={indicator.theme}
        indicators={indicatorGroups(t, indicator.theme)}
        indicator={indicator.id}
        comparePeriods={earlier.map((row) => ({ value: row.period, label: periodLabel(t, row.period) }))}
        compare={compare}
        method={params.method}
        regions={regionGroups(cities, districts, t)}
        region={region?.level === 'province' ? undefined : region?.code}
        display={params.display}
      />
      <WidgetBoundary key={`${indicator.id}-${period}-${compare}-${params.method}-${params.display}`}>
        <Suspense
          key={`${indicator.id}-${period}-${compare}-${params.method}-${params.display}`}
          fallback={<MapMessage busy>{t('map.loading')}</MapMessage>}
        >
          <IndicatorMap
            indicator={indicator}
            period={period}
            compare={compare ?? params.previous}
            mode={mode}
            method={params.method}
            region={region?.level === 'province' ? undefined : region?.code}
            display={params.display}
          />
        </Suspense>
      </WidgetBoundary>
    </div>
  );
}
