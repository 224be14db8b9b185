'use client';

import type { ClassMethod } from '@/lib/dashboard/classify';
import { legendEntries, legendTitle } from '@/lib/dashboard/map-legend-entries';
import type { MapView } from '@/lib/dashboard/map-view';
import { formatCount } from '@/lib/format';
import { useTranslate } from '@/lib/i18n/translation-provider';
import type { Indicator } from '@/lib/indicators/catalogue';

function Swatch({ colour, empty = false }: { colour: string; empty?: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block h-3.5 w-6 shrink-0 rounded-sm border ${empty ? 'border-dashed border-slate-500' : 'border-slate-400'}`}
      style={{ backgroundColor: colour }}
    />
  );
}

function LegendRow({
  colour,
  label,
  count,
  empty,
}: {
  colour: string;
  label: string;
  count: number;
  empty?: boolean;
}) {
  const t = useTranslate();
  return (
    <li className="flex items-center gap-2" data-legend-count={count}>
      <Swatch colour={colour} empty={empty} />
      <span className="min-w-0 flex-1 text-tremor-content-emphasis">{label}</span>
      <span className="tabular-nums text-tremor-content">
        {t('legend.count', { count: formatCount(count, t.numberLocale) })}
      </span>
    </li>
  );
}

/**
 * The key of the map: each class with its bounds and how many kelurahan fall in it, then the
 * kelurahan whose value is withheld and those without a value, each in a class of its own.
 */
export function MapLegend({
  view,
  indicator,
  method,
  compareLabel,
  minDenominator,
}: {
  view: MapView;
  indicator: Indicator;
  method: ClassMethod;
  compareLabel?: string | undefined;
  minDenominator: number;
}) {
  const t = useTranslate();
  const title = legendTitle(view, t, compareLabel);
  return (
    <section
      aria-labelledby="map-legend-title"
      data-testid="map-legend"
      className="space-y-2 text-tremor-default"
    >
      <h3 id="map-legend-title" className="font-medium text-tremor-content-strong">
        {title}
      </h3>
      <p className="text-tremor-label text-tremor-content">
        {view.classes.length === 0
          ? t('legend.noClasses')
          : t('legend.method', {
              method: t(`legend.method.${method}`),
              classes: String(view.classes.length),
            })}
      </p>
      <ul className="space-y-1.5">
        {legendEntries(view, indicator, t, minDenominator).map((entry) => (
          <LegendRow key={entry.label} {...entry} />
        ))}
      </ul>
    </section>
  );
}
