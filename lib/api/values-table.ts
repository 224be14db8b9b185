import 'server-only';
import type { Database } from '../db/client';
import type { RegionLevel } from '../geo/region-codes';
import type { SeriesParams, ValuesParams } from '../indicator-filters';
import type { Indicator } from '../indicators/catalogue';
import { changeBetween, presentValue, type RegionSums, type ShownValue } from '../indicators/present';
import { getIndicatorSeries } from '../queries/get-indicator-series';
import { getIndicatorSums } from '../queries/get-indicator-sums';
import { getRegion } from '../queries/get-region';
import { listPeriods, type PeriodRow } from '../queries/list-periods';
import type { RegionRow } from '../queries/list-regions';
import { badParameter, notFound } from './api-error';

export type ValueRow = ShownValue & { code: string; name: string; change?: number | null };

/** The body of `/api/v1/values` as DESIGN.md gives it: `parent` and `compare` only when asked for. */
export type ValuesBody = {
  indicator: string;
  period: string;
  level: RegionLevel;
  parent?: string;
  compare?: string;
  rows: ValueRow[];
};

/** The table, and what a file of it must say about itself (the indicator, where the data came from). */
export type ValuesTable = {
  body: ValuesBody;
  indicator: Indicator;
  source: PeriodRow;
  minDenominator: number;
};

export async function periodsWithData(db: Database): Promise<PeriodRow[]> {
  const periods = await listPeriods(db);
  if (periods.length === 0)
    throw notFound(
      'Belum ada nilai indikator: impor data Dasawisma dulu (npm run data:import) atau isi data demo (npm run db:seed).',
      'There are no indicator values yet: import Dasawisma records first (npm run data:import) or load the demo (npm run db:seed).',
    );
  return periods;
}

export function findPeriod(periods: PeriodRow[], name: string, period: string): PeriodRow {
  const found = periods.find((candidate) => candidate.period === period);
  if (!found)
    throw notFound(
      `Tidak ada data untuk periode ${period}. Periode yang ada: ${periods.map((p) => p.period).join(', ')}.`,
      `There is no data for period ${period}. Periods with data: ${periods.map((p) => p.period).join(', ')}.`,
      { parameter: name },
    );
  return found;
}

export async function requireRegion(db: Database, code: string, parameter: string): Promise<RegionRow> {
  const region = await getRegion(db, code);
  if (!region)
    throw notFound(
      `Wilayah dengan kode ${code} tidak ada di DKI Jakarta.`,
      `There is no region with code ${code} in DKI Jakarta.`,
      { parameter },
    );
  return region;
}

type PeriodParams = { period?: string | undefined; compare?: string | undefined };

/** Of `periods`, the one asked for (default: the latest), after checking `compare` is an earlier one of them. */
export function pickPeriod(periods: PeriodRow[], params: PeriodParams): PeriodRow {
  const source = findPeriod(periods, 'period', params.period ?? (periods.at(-1) as PeriodRow).period);
  if (params.compare !== undefined) {
    findPeriod(periods, 'compare', params.compare);
    if (params.compare >= source.period)
      throw badParameter(
        'compare',
        {
          id: `periode sebelum ${source.period}`,
          en: `a period before ${source.period}`,
        },
        params.compare,
      );
  }
  return source;
}

/** The periode asked for (default: the latest with data) and the earlier one to compare with, both known to have data. */
export async function resolvePeriods(db: Database, params: PeriodParams): Promise<PeriodRow> {
  return pickPeriod(await periodsWithData(db), params);
}

const NO_SUMS: RegionSums = { numerator: null, denominator: null };

/**
 * A region's shown value (none without sums); when a comparison was asked, with the change since the earlier sums (null where
 * either value is missing), except on a withheld row, which says nothing about its change.
 */
export function presentWithChange(
  indicator: Indicator,
  sums: RegionSums | undefined,
  earlier: { compared: boolean; sums?: RegionSums | undefined },
  minDenominator: number,
): ShownValue & { change?: number | null } {
  const shown = presentValue(indicator, sums ?? NO_SUMS, minDenominator);
  if (!earlier.compared || shown.suppressed) return shown;
  const before = presentValue(indicator, earlier.sums ?? NO_SUMS, minDenominator);
  return { ...shown, change: changeBetween(indicator, before, shown) };
}

type ValueRowsFilters = {
  indicator: Indicator;
  level: RegionLevel;
  parent?: string | undefined;
  period: string;
  compare?: string | undefined;
};

/**
 * The shown value of every region of the level in a periode known to have data, with the change
 * since `compare` where asked; shared by the API and the pages, which check their periods themselves.
 */
export async function readValueRows(
  db: Database,
  { indicator, level, parent, period, compare }: ValueRowsFilters,
  minDenominator: number,
): Promise<ValueRow[]> {
  const filters = { indicator: indicator.id, level, parent };
  const current = await getIndicatorSums(db, { ...filters, period });
  const earlier =
    compare === undefined
      ? undefined
      : new Map((await getIndicatorSums(db, { ...filters, period: compare })).map((row) => [row.code, row]));
  return current.map(
    (sums): ValueRow => ({
      code: sums.code,
      name: sums.name,
      ...presentWithChange(
        indicator,
        sums,
        { compared: earlier !== undefined, sums: earlier?.get(sums.code) },
        minDenominator,
      ),
    }),
  );
}

/** One row per region of the level for the periode (default: the latest), with the change since `compare`. */
export async function readValuesTable(
  db: Database,
  params: ValuesParams,
  minDenominator: number,
): Promise<ValuesTable> {
  const source = await resolvePeriods(db, params);
  if (params.parent) await requireRegion(db, params.parent, 'parent');
  const { indicator } = params;
  const rows = await readValueRows(
    db,
    { indicator, level: params.level, parent: params.parent, period: source.period, compare: params.compare },
    minDenominator,
  );
  const body: ValuesBody = {
    indicator: indicator.id,
    period: source.period,
    level: params.level,
    ...(params.parent ? { parent: params.parent } : {}),
    ...(params.compare ? { compare: params.compare } : {}),
    rows,
  };
  return { body, indicator, source, minDenominator };
}

export type SeriesRow = ShownValue & { period: string };

/** One row per periode with data, oldest first; null where the region has none in that periode. */
export async function readSeries(
  db: Database,
  params: SeriesParams,
  minDenominator: number,
): Promise<{ indicator: string; region: string; rows: SeriesRow[] }> {
  const periods = await periodsWithData(db);
  await requireRegion(db, params.region, 'region');
  const sums = new Map(
    (
      await getIndicatorSeries(db, {
        indicator: params.indicator.id,
        region: params.region,
        level: params.level,
      })
    ).map((row) => [row.period, row]),
  );
  const rows = periods.map(({ period }) => ({
    period,
    ...presentValue(
      params.indicator,
      sums.get(period) ?? { numerator: null, denominator: null },
      minDenominator,
    ),
  }));
  return { indicator: params.indicator.id, region: params.region, rows };
}
