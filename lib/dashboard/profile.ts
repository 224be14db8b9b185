import 'server-only';
import { readValueRows, type ValueRow } from '../api/values-table';
import type { Database } from '../db/client';
import { findIndicator, INDICATORS, type Indicator, THEMES, type Theme } from '../indicators/catalogue';
import { changeBetween, presentValue, type RegionSums, type ShownValue } from '../indicators/present';
import { countKelurahan } from '../queries/count-kelurahan';
import { getRegionFreshness, type RegionFreshness } from '../queries/get-freshness';
import { getIndicatorSeries } from '../queries/get-indicator-series';
import { getRegionIndicators, type IndicatorPeriodSums } from '../queries/get-region-indicators';
import { getSiblingIndicatorSums } from '../queries/get-sibling-indicator-sums';
import type { RegionRow } from '../queries/list-regions';
import { getTrend, type Trend } from './overview';
import { rankAmongSiblings, type SiblingRank } from './profile-rank';
import { childLevel, type Lineage, parentOf, profiled, rankScope } from './profile-region';

/** One indicator of a profile: the region's value, its change, rank, and the same for its parent and Jakarta. */
export type ProfileRow = {
  indicator: Indicator;
  shown: ShownValue;
  /** Since the previous periode; null where either value is not shown or there is none before. */
  change: number | null;
  /** Among the regions of its level in its kota (a kota: among the kota); null for the province. */
  rank: SiblingRank | null;
  /** The parent's value, only where the parent is not the province itself. */
  parent: ShownValue | undefined;
  /** Jakarta's value; none on the province's own profile. */
  province: ShownValue | undefined;
  /** The region's value in each periode of the request, oldest first; null where withheld or missing. */
  series: (number | null)[];
};

export type ProfileTheme = { theme: Theme; rows: ProfileRow[] };

export type ProfileRequest = {
  lineage: Lineage;
  period: string;
  previous: string | undefined;
  /** Every periode with data, oldest first. */
  periods: string[];
};

const NO_SUMS: RegionSums = { numerator: null, denominator: null };

const byIndicatorAndPeriod = (rows: IndicatorPeriodSums[]) =>
  new Map(rows.map((row) => [`${row.indicator}@${row.period}`, row]));

/** The parent worth a column of its own: not the province, which has its own. */
const distinctParent = (lineage: Lineage): RegionRow | undefined => {
  const parent = parentOf(lineage);
  return parent?.level === 'province' ? undefined : parent;
};

/**
 * Every indicator of the region grouped by theme, as its profile shows it: value and n (withheld under
 * `minDenominator`), change since the previous periode, rank among its siblings, its parent's and
 * Jakarta's value, and its values over every periode. Four queries of aggregated values, whatever the
 * number of indicators.
 */
export async function getRegionProfile(
  db: Database,
  { lineage, period, previous, periods }: ProfileRequest,
  minDenominator: number,
): Promise<ProfileTheme[]> {
  const region = profiled(lineage);
  const parent = distinctParent(lineage);
  const province = lineage[0] as RegionRow;
  const scope = rankScope(lineage);
  const sumsOf = (of: RegionRow, at: string[]) =>
    getRegionIndicators(db, { region: of.code, level: of.level, periods: at }).then(byIndicatorAndPeriod);
  const [own, parentSums, provinceSums, siblingSums] = await Promise.all([
    sumsOf(region, periods),
    parent ? sumsOf(parent, [period]) : undefined,
    region === province ? undefined : sumsOf(province, [period]),
    scope ? getSiblingIndicatorSums(db, { level: region.level, within: scope.code, period }) : [],
  ]);
  const show = (indicator: Indicator, sums: RegionSums | undefined) =>
    presentValue(indicator, sums ?? NO_SUMS, minDenominator);
  const row = (indicator: Indicator): ProfileRow => {
    const at = (when: string) => show(indicator, own.get(`${indicator.id}@${when}`));
    const shown = at(period);
    const siblings = siblingSums
      .filter((sums) => sums.indicator === indicator.id)
      .map((sums) => ({ code: sums.code, value: show(indicator, sums).value }));
    return {
      indicator,
      shown,
      change: previous ? changeBetween(indicator, at(previous), shown) : null,
      rank: scope ? rankAmongSiblings(indicator, siblings, region.code) : null,
      parent: parentSums && show(indicator, parentSums.get(`${indicator.id}@${period}`)),
      province: provinceSums && show(indicator, provinceSums.get(`${indicator.id}@${period}`)),
      series: periods.map((when) => at(when).value),
    };
  };
  return THEMES.map((theme) => ({
    theme,
    rows: INDICATORS.filter((indicator) => indicator.theme === theme).map(row),
  }));
}

/**
 * The chosen indicator over every periode for Jakarta, the region and its parent (one line each); on the
 * province's profile, Jakarta and its kota as on the overview.
 */
export async function getProfileTrend(
  db: Database,
  indicator: Indicator,
  lineage: Lineage,
  periods: string[],
  minDenominator: number,
): Promise<Trend> {
  const region = profiled(lineage);
  if (region.level === 'province') return getTrend(db, indicator, minDenominator);
  const parent = distinctParent(lineage);
  const shown = [lineage[0] as RegionRow, region, ...(parent ? [parent] : [])];
  const series = await Promise.all(
    shown.map((of) => getIndicatorSeries(db, { indicator: indicator.id, region: of.code, level: of.level })),
  );
  return {
    periods,
    lines: shown.map((of, index) => {
      const byPeriod = new Map(series[index]?.map((sums) => [sums.period, sums]));
      return {
        code: of.code,
        name: of.name,
        values: periods.map(
          (when) => presentValue(indicator, byPeriod.get(when) ?? NO_SUMS, minDenominator).value,
        ),
      };
    }),
  };
}

/** How complete and fresh the region's records of the periode are, for the head of its profile. */
export type ProfileFacts = {
  /** Families recorded over the target families (the `coverage` indicator), withheld like any value. */
  coverage: ShownValue;
  freshness: RegionFreshness;
  /** How many kelurahan the region has, to set beside how many were recorded. */
  kelurahan: number;
};

/** The coverage and freshness of the region's records in the periode. */
export async function getProfileFacts(
  db: Database,
  region: RegionRow,
  period: string,
  minDenominator: number,
): Promise<ProfileFacts> {
  const coverageIndicator = findIndicator('coverage') as Indicator;
  const [coverage, freshness, kelurahan] = await Promise.all([
    getIndicatorSeries(db, { indicator: coverageIndicator.id, region: region.code, level: region.level }),
    getRegionFreshness(db, { period, region: region.code }),
    countKelurahan(db, region.code),
  ]);
  const sums = coverage.find((row) => row.period === period) ?? NO_SUMS;
  return { coverage: presentValue(coverageIndicator, sums, minDenominator), freshness, kelurahan };
}

/** The value of each region directly below (kota, kecamatan or kelurahan), with its change; none below a kelurahan. */
export async function getChildValues(
  db: Database,
  {
    indicator,
    region,
    period,
    previous,
  }: { indicator: Indicator; region: RegionRow; period: string; previous: string | undefined },
  minDenominator: number,
): Promise<ValueRow[]> {
  const level = childLevel(region.level);
  if (!level) return [];
  return readValueRows(
    db,
    { indicator, level, parent: region.code, period, compare: previous },
    minDenominator,
  );
}
