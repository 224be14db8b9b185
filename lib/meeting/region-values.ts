import 'server-only';
import type { Database } from '../db/client';
import type { Indicator } from '../indicators/catalogue';
import { presentValue, type ShownValue } from '../indicators/present';
import { getRegionsIndicatorSums } from '../queries/get-regions-indicator-sums';

const NO_SUMS = { numerator: null, denominator: null };

/** The shown value (withheld where n is small) of one indicator for each region in one periode, by code. */
export async function readRegionValues(
  db: Database,
  { indicator, codes, period }: { indicator: Indicator; codes: string[]; period: string },
  minDenominator: number,
): Promise<Map<string, ShownValue>> {
  const sums = await getRegionsIndicatorSums(db, { codes, indicator: indicator.id, periods: [period] });
  const byCode = new Map(sums.map((row) => [row.code, row]));
  return new Map(
    codes.map((code) => [code, presentValue(indicator, byCode.get(code) ?? NO_SUMS, minDenominator)]),
  );
}
