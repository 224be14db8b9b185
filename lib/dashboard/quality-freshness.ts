import { parsePeriod, periodBounds } from '../register/periods';

/** Whether a kelurahan was visited in the periode, only in an earlier one, or never. */
export type Freshness = 'current' | 'stale' | 'never';

/** The first day of a periode (`YYYY-MM-DD`): 1 January for S1, 1 July for S2. */
export function periodStart(period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) throw new Error(`not a periode: ${period}`);
  return periodBounds(parsed).first;
}

/**
 * A kelurahan's latest pendataan measured against the periode shown: stale when it came before the
 * periode began (1 January for S1, 1 July for S2), so that its figures are older than the periode says.
 */
export function freshnessOf(lastPendataan: string | null, period: string): Freshness {
  if (lastPendataan === null) return 'never';
  return lastPendataan < periodStart(period) ? 'stale' : 'current';
}
