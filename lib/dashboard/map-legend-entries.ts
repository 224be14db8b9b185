import { formatCount } from '../format';
import { formatIndicatorChange, formatIndicatorValue } from '../format-indicator';
import type { Translate } from '../i18n/translate';
import type { Indicator } from '../indicators/catalogue';
import type { ChangeVerdict } from '../indicators/present';
import type { MapArea, MapClass, MapView } from './map-view';

/** One row of the map's key: a swatch, what it means and how many kelurahan it holds. */
export type LegendEntry = { colour: string; label: string; count: number; empty?: boolean };

/** How one kelurahan is painted: its class colour; withheld grey; no value white with a dashed edge. */
export type AreaPaint = { fill: string; empty?: boolean };

export function paintOf(area: MapArea, view: MapView): AreaPaint {
  if (area.klass === 'suppressed') return { fill: view.suppressed.colour };
  if (area.klass === 'missing') return { fill: view.missing.colour, empty: true };
  return { fill: view.classes[area.klass]?.colour ?? view.missing.colour };
}

/** The paint of every kelurahan of the view, by code: the same on the screen and in an exported map. */
export function paintsOf(view: MapView): Record<string, AreaPaint> {
  return Object.fromEntries(view.areas.map((area) => [area.code, paintOf(area, view)]));
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

/** The heading of the key: values, or the change since the compare periode. */
export function legendTitle(view: MapView, t: Translate, compareLabel: string | undefined): string {
  return view.mode === 'change' && compareLabel
    ? t('legend.changeTitle', { period: compareLabel })
    : t('legend.valueTitle');
}

/**
 * The key of the map: each class with its bounds (and on a change map whether it is better or worse), then
 * the withheld kelurahan and those without a value, each a class of its own.
 */
export function legendEntries(
  view: MapView,
  indicator: Indicator,
  t: Translate,
  minDenominator: number,
): LegendEntry[] {
  const classes = view.classes.map((range): LegendEntry => {
    const verdict = verdictOf(view, range);
    const label = boundsLabel(indicator, range, view.mode, t);
    return {
      colour: range.colour,
      label: verdict ? `${label} (${t(`change.${verdict}`)})` : label,
      count: range.count,
    };
  });
  return [
    ...classes,
    {
      colour: view.suppressed.colour,
      label: t('legend.suppressed', { min: formatCount(minDenominator, t.numberLocale) }),
      count: view.suppressed.count,
    },
    {
      colour: view.missing.colour,
      label: view.mode === 'change' ? t('legend.noChange') : t('legend.noData'),
      count: view.missing.count,
      empty: true,
    },
  ];
}

/** The view with its class sizes counted over the kelurahan `keep` accepts: the key of a zoomed export. */
export function countedWithin(view: MapView, keep: (code: string) => boolean): MapView {
  const classes = view.classes.map((range) => ({ ...range, count: 0 }));
  const suppressed = { ...view.suppressed, count: 0 };
  const missing = { ...view.missing, count: 0 };
  for (const area of view.areas.filter((candidate) => keep(candidate.code))) {
    if (area.klass === 'suppressed') suppressed.count++;
    else if (area.klass === 'missing') missing.count++;
    else (classes[area.klass] as MapClass).count++;
  }
  return { ...view, classes, suppressed, missing };
}
