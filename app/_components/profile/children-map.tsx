import { Card } from '@tremor/react';
import { Suspense } from 'react';
import { DEFAULT_CLASS_METHOD } from '@/lib/dashboard/classify';
import { regionLabel } from '@/lib/dashboard/region-label';
import type { ViewParams } from '@/lib/dashboard/view-params';
import type { Translate } from '@/lib/i18n/translate';
import type { RegionRow } from '@/lib/queries/list-regions';
import { IndicatorMap } from '../map/indicator-map';
import { MapMessage } from '../map/map-message';
import { WidgetBoundary } from '../ui/widget-boundary';

/** The kelurahan of a kota or kecamatan on the map, zoomed to it and coloured as on the map page. */
export function ChildrenMap({ region, view, t }: { region: RegionRow; view: ViewParams; t: Translate }) {
  const key = `map-${view.indicator.id}-${view.period}`;
  return (
    <Card className="p-0">
      <div className="px-4 pb-2 pt-4">
        <h3 className="text-tremor-title font-semibold text-tremor-content-strong">
          {t('profile.mapTitle', { name: regionLabel(region, t) })}
        </h3>
        <p className="text-tremor-default text-tremor-content">
          {t('mapPage.zoomedTo', { name: regionLabel(region, t) })}
        </p>
      </div>
      <WidgetBoundary key={key}>
        <Suspense key={key} fallback={<MapMessage busy>{t('map.loading')}</MapMessage>}>
          <IndicatorMap
            indicator={view.indicator}
            period={view.period}
            compare={view.previous}
            mode="value"
            method={DEFAULT_CLASS_METHOD}
            region={region.code}
            compact
          />
        </Suspense>
      </WidgetBoundary>
    </Card>
  );
}
