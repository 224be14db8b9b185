'use client';

import type { ClassMethod } from '@/lib/dashboard/classify';
import type { MapClass, MapView } from '@/lib/dashboard/map-view';
import { formatCount } from '@/lib/format';
import { formatIndicatorChange, formatIndicatorValue } from '@/lib/format-indicator';
import type { Translate } from '@/lib/i18n/translate';
import { useTranslate } from '@/lib/i18n/translation-provider';
import type { Indicator } from '@/lib/indicators/catalogue';
import type { ChangeVerdict } from '@/lib/indicators/present';

function Swatch({ colour, empty = false }: { colour: string; empty?: boolean }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block h-3.5 w-6 shrink-0 rounded-sm border ${empty ? 'border-dashed border-slate-500' : 'border-slate-400'}`}
      style={{ backgroundColor: colour }}
    />
  );
}

function boundsLabel(indicator: Indicator, range: MapClass, mode: MapView['mode'], t: Translate): string {
  // The unit once, after the upper bound: "−2,2 – 0,0 poin", "27,8 – 43,4%".
  const format = (value: number, unit: boolean) =>
    mode === 'change'
      ? formatIndicatorChange(indicator, value, unit ? t('change.points') : '', t.numberLocale).trim()
      : formatIndicatorValue(indicator, value, t.numberLocale);
  if (range.lower === range.upper) return format(range.lower, true);
  return `${format(range.lower, mode === 'value')} – ${format(range.upper, true)}`;
}

/** What a class of a change map means: a rise or fall that is better, worse, or neither. */
function verdictOf(view: MapView, range: MapClass): ChangeVerdict | undefined {
  if (view.mode !== 'change' || !view.verdicts) return undefined;
  if (range.upper <= 0) return view.verdicts.fall;
  if (range.lower >= 0) return view.verdicts.rise;
  return undefined;
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
  const title =
    view.mode === 'change' && compareLabel
      ? t('legend.changeTitle', { period: compareLabel })
      : t('legend.valueTitle');
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
        {view.classes.map((range) => {
          const verdict = verdictOf(view, range);
          const label = boundsLabel(indicator, range, view.mode, t);
          return (
            <LegendRow
              key={`${range.lower}-${range.upper}`}
              colour={range.colour}
              label={verdict ? `${label} (${t(`change.${verdict}`)})` : label}
              count={range.count}
            />
          );
        })}
        <LegendRow
          colour={view.suppressed.colour}
          label={t('legend.suppressed', { min: formatCount(minDenominator, t.numberLocale) })}
          count={view.suppressed.count}
        />
        <LegendRow
          colour={view.missing.colour}
          label={view.mode === 'change' ? t('legend.noChange') : t('legend.noData')}
          count={view.missing.count}
          empty
        />
      </ul>
    </section>
  );
}
