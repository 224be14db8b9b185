'use client';

import { useCallback, useMemo, useState } from 'react';
import type { ClassMethod } from '@/lib/dashboard/classify';
import { paintsOf } from '@/lib/dashboard/map-legend-entries';
import type { MapArea, MapView } from '@/lib/dashboard/map-view';
import type { Translate } from '@/lib/i18n/translate';
import { useTranslate } from '@/lib/i18n/translation-provider';
import type { Indicator } from '@/lib/indicators/catalogue';
import { changeText, denominatorText, valueText } from '../indicator/value-text';
import { AreaPanel } from './area-panel';
import { AreaSearch } from './area-search';
import { AreaTable } from './area-table';
import type { KelurahanMapProps } from './kelurahan-map';
import { MapLegend } from './map-legend';
import { MapLoader } from './map-loader';

export type MapSources = Pick<
  KelurahanMapProps,
  'kelurahanUrl' | 'outlinesUrl' | 'tileUrl' | 'tileAttribution'
>;

export type MapExplorerProps = {
  view: MapView;
  indicator: Indicator;
  method: ClassMethod;
  minDenominator: number;
  sources: MapSources;
  /** The kota or kecamatan to zoom to and to list in the table. */
  region?: string | undefined;
  display?: 'peta' | 'tabel';
  /** The periode a change is measured from, as a label ("Semester 2 2025"); none without one. */
  compareLabel?: string | undefined;
  /** The overview's smaller map: no search, the panel below the map. */
  compact?: boolean;
};

function tooltipLines(area: MapArea, indicator: Indicator, compareLabel: string | undefined, t: Translate) {
  const lines = [area.name, valueText(indicator, area, t)];
  const n = denominatorText(area, t);
  if (n) lines.push(n);
  if (compareLabel && !area.suppressed)
    lines.push(`${changeText(indicator, area.change, t)} ${t('change.since', { period: compareLabel })}`);
  return lines;
}

/**
 * The map of an indicator with its legend, the panel of the chosen kelurahan and the search; or, when
 * `display` is `tabel`, the same values as a sortable table.
 */
export function MapExplorer({
  view,
  indicator,
  method,
  minDenominator,
  sources,
  region,
  display = 'peta',
  compareLabel,
  compact = false,
}: MapExplorerProps) {
  const t = useTranslate();
  const [selected, setSelected] = useState<string | undefined>(
    region && region.split('.').length === 4 ? region : undefined,
  );
  const [found, setFound] = useState<string | undefined>();
  const byCode = useMemo(() => new Map(view.areas.map((area) => [area.code, area])), [view]);
  const paint = useMemo(() => paintsOf(view), [view]);
  const describe = useCallback(
    (code: string) => {
      const area = byCode.get(code);
      return area ? tooltipLines(area, indicator, compareLabel, t) : [code];
    },
    [byCode, indicator, compareLabel, t],
  );
  const onFound = useCallback((code: string) => {
    setSelected(code);
    setFound(code);
  }, []);
  if (display === 'tabel')
    return (
      <AreaTable view={view} indicator={indicator} region={region} showChange={compareLabel !== undefined} />
    );
  const legend = (
    <MapLegend
      view={view}
      indicator={indicator}
      method={method}
      compareLabel={compareLabel}
      minDenominator={minDenominator}
    />
  );
  const panel = (
    <AreaPanel
      area={selected ? byCode.get(selected) : undefined}
      view={view}
      indicator={indicator}
      changeLabel={compareLabel ? t('change.since', { period: compareLabel }) : undefined}
      minDenominator={minDenominator}
      onClose={() => setSelected(undefined)}
    />
  );
  const map = (
    <MapLoader
      {...sources}
      paint={paint}
      describe={describe}
      onSelect={setSelected}
      selected={selected}
      focus={found ?? region}
      heightClass={compact ? undefined : 'h-[28rem] sm:h-[40rem]'}
    />
  );
  if (compact)
    return (
      <div>
        {map}
        <div className="grid gap-6 p-4 sm:grid-cols-2">
          {legend}
          <div aria-live="polite">{panel}</div>
        </div>
      </div>
    );
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="self-start overflow-hidden rounded-tremor-default border border-tremor-border bg-white shadow-tremor-card">
        {map}
      </div>
      <div className="space-y-6">
        <div className="space-y-4 rounded-tremor-default border border-tremor-border bg-white p-4 shadow-tremor-card">
          <AreaSearch view={view} onFound={onFound} />
          <div aria-live="polite">{panel}</div>
        </div>
        <div className="rounded-tremor-default border border-tremor-border bg-white p-4 shadow-tremor-card">
          {legend}
        </div>
      </div>
    </div>
  );
}
