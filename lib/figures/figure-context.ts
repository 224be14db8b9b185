import type { Translate } from '../i18n/translate';
import type { PeriodRow } from '../queries/list-periods';

/** What every figure builder needs besides its request: the reader's language, the threshold, the periods. */
export type FigureContext = { t: Translate; minDenominator: number; periods: PeriodRow[] };

/** Periods as a range: `2026S1`, or `2024S1–2026S1` for a trend. */
function periodSpan(periods: string[]): string {
  const first = periods[0] ?? '';
  const last = periods.at(-1) ?? first;
  return first === last ? first : `${first}–${last}`;
}

/**
 * The source line every exported figure carries: `Sumber: Data Dasawisma PKK Provinsi DKI Jakarta, diolah;
 * periode 2026S1`, ending in `; data sintetis` when every shown periode came from the demo set.
 */
export function sourceLine({ t, periods }: FigureContext, shown: string[]): string {
  const line = t('figure.source', { period: periodSpan(shown) });
  return includesSynthetic(periods, shown) ? `${line}; ${t('figure.synthetic')}` : line;
}

/** Whether any shown periode came from the synthetic demo set: then the figure and its file must say so. */
export function includesSynthetic(periods: PeriodRow[], shown: (string | undefined)[]): boolean {
  return periods.some((row) => row.synthetic && shown.includes(row.period));
}

/** The periods a figure draws from: a trend all of them, a change map two, anything else one. */
export function shownPeriods(
  figure: { kind: 'map' | 'trend' | 'histogram' | 'bars' },
  request: { period: string; compare?: string | undefined; periods: PeriodRow[] },
): string[] {
  if (figure.kind === 'trend') return request.periods.map((row) => row.period);
  if (figure.kind === 'map' && request.compare) return [request.compare, request.period];
  return [request.period];
}
