/** A pendataan round in DHIS2 style: `2025S1` is January to June 2025, `2025S2` July to December. */
export type Period = { year: number; half: 1 | 2 };

const PERIOD_PATTERN = /^(\d{4})S([12])$/;

export function parsePeriod(text: string): Period | null {
  const match = PERIOD_PATTERN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1900 || year > 2999) return null;
  return { year, half: match[2] === '1' ? 1 : 2 };
}

export function formatPeriod(period: Period): string {
  return `${period.year}S${period.half}`;
}

export function nextPeriod(period: Period): Period {
  return period.half === 1 ? { year: period.year, half: 2 } : { year: period.year + 1, half: 1 };
}

export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.half - b.half;
}

/** Every period from `from` to `to`, both included, oldest first; empty when `to` is before `from`. */
export function periodRange(from: Period, to: Period): Period[] {
  const periods: Period[] = [];
  for (let period = from; comparePeriods(period, to) <= 0; period = nextPeriod(period)) periods.push(period);
  return periods;
}

/** First and last day of the period as `YYYY-MM-DD`. */
export function periodBounds(period: Period): { first: string; last: string } {
  return period.half === 1
    ? { first: `${period.year}-01-01`, last: `${period.year}-06-30` }
    : { first: `${period.year}-07-01`, last: `${period.year}-12-31` };
}

/** Whether an ISO date (`YYYY-MM-DD`, already validated) falls inside the period. */
export function isDateInPeriod(isoDate: string, period: Period): boolean {
  const { first, last } = periodBounds(period);
  return isoDate >= first && isoDate <= last;
}
