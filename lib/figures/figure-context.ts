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
  return allSynthetic(periods, shown) ? `${line}; ${t('figure.synthetic')}` : line;
}

/** Whether every shown periode came from the synthetic demo set (and so must say so). */
export function allSynthetic(periods: PeriodRow[], shown: (string | undefined)[]): boolean {
  const rows = periods.filter((row) => shown.includes(row.period));
  return rows.length > 0 && rows.every((row) => row.synthetic);
}
