import type { PeriodRow } from '../queries/list-periods';
import { parseViewParams, type SearchParams } from './view-params';

/** What the URL of /kualitas-data asks for: the periode (default: the latest) and a kota to narrow to. */
export type QualityParams = {
  period: string;
  previous: string | undefined;
  /** The `wilayah` asked for, unchecked: the page looks it up and answers an unknown one with not-found. */
  region: string | undefined;
};

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();

/**
 * The data-quality page's parameters; `undefined` when the periode named is not one with data. Only
 * `periode` and `wilayah` count here: the indicator of other pages is not carried over.
 */
export function parseQualityParams(
  searchParams: SearchParams,
  periods: PeriodRow[],
): QualityParams | undefined {
  const view = parseViewParams({ periode: searchParams.periode }, periods);
  if (!view) return undefined;
  return { period: view.period, previous: view.previous, region: single(searchParams.wilayah) || undefined };
}
