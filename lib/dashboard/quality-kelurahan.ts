import 'server-only';
import { readValueRows } from '../api/values-table';
import type { Database } from '../db/client';
import { findIndicator, type Indicator } from '../indicators/catalogue';
import type { ShownValue } from '../indicators/present';
import { listLatestPendataan } from '../queries/list-latest-pendataan';
import { listRegions } from '../queries/list-regions';
import { type Freshness, freshnessOf } from './quality-freshness';

export const COVERAGE = findIndicator('coverage') as Indicator;

/** One kelurahan as the data-quality page lists it: how complete and how fresh its records are. */
export type KelurahanQuality = {
  code: string;
  name: string;
  district: string;
  city: string;
  cityCode: string;
  /** Families recorded in the periode: a public count, never withheld; 0 when none were. */
  families: number;
  /** Coverage as it may be shown: withheld over a small target; `denominator` is the target. */
  coverage: ShownValue;
  /** The latest pendataan up to the periode, or null when the kelurahan was never visited. */
  lastPendataan: string | null;
  freshness: Freshness;
};

/**
 * Every kelurahan of Jakarta in code order with its families recorded in the periode, its coverage of the
 * target (through the disclosure rule) and its latest pendataan so far. Reads aggregated tables only.
 */
export async function getKelurahanQuality(
  db: Database,
  period: string,
  minDenominator: number,
): Promise<KelurahanQuality[]> {
  const [coverage, visits, districts, cities] = await Promise.all([
    readValueRows(db, { indicator: COVERAGE, level: 'village', period }, minDenominator),
    listLatestPendataan(db, { period }),
    listRegions(db, { level: 'district' }),
    listRegions(db, { level: 'city' }),
  ]);
  const visitOf = new Map(visits.map((visit) => [visit.code, visit]));
  const nameOf = new Map([...districts, ...cities].map((region) => [region.code, region.name]));
  return coverage.map(({ code, name, ...shown }) => {
    const visit = visitOf.get(code);
    const lastPendataan = visit?.lastPendataan ?? null;
    return {
      code,
      name,
      district: nameOf.get(code.slice(0, 8)) ?? '',
      city: nameOf.get(code.slice(0, 5)) ?? '',
      cityCode: code.slice(0, 5),
      families: visit?.families ?? 0,
      coverage: shown,
      lastPendataan,
      freshness: freshnessOf(lastPendataan, period),
    };
  });
}

/** Jakarta's coverage in the periode: families recorded over the targets of the kelurahan that have one. */
export async function getJakartaCoverage(
  db: Database,
  period: string,
  minDenominator: number,
): Promise<ShownValue> {
  const [jakarta] = await readValueRows(
    db,
    { indicator: COVERAGE, level: 'province', period },
    minDenominator,
  );
  return jakarta ?? { numerator: null, denominator: null, value: null, suppressed: false };
}
