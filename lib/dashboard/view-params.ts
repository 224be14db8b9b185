import { findIndicator, type Indicator } from '../indicators/catalogue';
import type { PeriodRow } from '../queries/list-periods';

/** What the URL of a dashboard page asks for: `indikator`, `periode`; each page reads it once. */
export type ViewParams = { indicator: Indicator; period: string; previous: string | undefined };

export const DEFAULT_INDICATOR = 'stunting_risk';

type SearchParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();

/**
 * The indicator (default: stunting risk) and periode (default: the latest) of the view, and the periode
 * before it; `undefined` when the URL names an indicator or periode that does not exist, which the page
 * answers with its not-found page.
 */
export function parseViewParams(searchParams: SearchParams, periods: PeriodRow[]): ViewParams | undefined {
  const indicator = findIndicator(single(searchParams.indikator) || DEFAULT_INDICATOR);
  const asked = single(searchParams.periode)?.toUpperCase();
  const index = asked ? periods.findIndex((row) => row.period === asked) : periods.length - 1;
  const period = periods[index]?.period;
  if (!indicator || !period) return undefined;
  return { indicator, period, previous: periods[index - 1]?.period };
}
