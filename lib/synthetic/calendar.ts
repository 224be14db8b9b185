/**
 * Dates as whole days since 1970-01-01 (UTC), with table look-ups for the conversions that run once per
 * person per period: ISO text, full years of age, and the date part of a NIK.
 */

import { formatPeriod, type Period, periodBounds } from '../register/periods';

const MS_PER_DAY = 86_400_000;
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;
const FIRST_DAY = Date.UTC(FIRST_YEAR, 0, 1) / MS_PER_DAY;
const DAY_COUNT = Date.UTC(LAST_YEAR + 1, 0, 1) / MS_PER_DAY - FIRST_DAY;

const yearOf = new Int16Array(DAY_COUNT);
/** month * 100 + day of month, for comparing birthdays within a year. */
const monthDayOf = new Int16Array(DAY_COUNT);
for (let i = 0; i < DAY_COUNT; i++) {
  const date = new Date((FIRST_DAY + i) * MS_PER_DAY);
  yearOf[i] = date.getUTCFullYear();
  monthDayOf[i] = (date.getUTCMonth() + 1) * 100 + date.getUTCDate();
}
// A filled array: `new Array(length)` this long would be a slow dictionary, not a flat array.
const isoCache: string[] = Array.from({ length: DAY_COUNT }, () => '');

function indexOf(day: number): number {
  const index = day - FIRST_DAY;
  if (!(index >= 0 && index < DAY_COUNT))
    throw new RangeError(`day ${day} outside ${FIRST_YEAR}-${LAST_YEAR}`);
  return index;
}

export function dayNumber(year: number, month: number, dayOfMonth: number): number {
  return Date.UTC(year, month - 1, dayOfMonth) / MS_PER_DAY;
}

/** `YYYY-MM-DD` → day number (the text is trusted: only used on dates this module wrote or a period's bounds). */
export function dayOfIso(iso: string): number {
  return dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

export function isoDate(day: number): string {
  const index = indexOf(day);
  let text = isoCache[index] ?? '';
  if (text === '') {
    text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache[index] = text;
  }
  return text;
}

export function yearOfDay(day: number): number {
  return yearOf[indexOf(day)] ?? 0;
}

/** Full years between a birth and a later day (the day before a birthday still counts the previous year). */
export function ageOn(birth: number, on: number): number {
  const b = indexOf(birth);
  const o = indexOf(on);
  const years = (yearOf[o] ?? 0) - (yearOf[b] ?? 0);
  return (monthDayOf[o] ?? 0) < (monthDayOf[b] ?? 0) ? years - 1 : years;
}

/** The six NIK digits that encode a birth date, as a number: DD (plus 40 for women), MM, YY. */
export function nikDateDigits(birth: number, female: boolean): number {
  const index = indexOf(birth);
  const monthDay = monthDayOf[index] ?? 0;
  const day = (monthDay % 100) + (female ? 40 : 0);
  return day * 10_000 + Math.floor(monthDay / 100) * 100 + ((yearOf[index] ?? 0) % 100);
}

/** The first period the synthetic trends count from: indicator levels are set for 2024S1 and move from there. */
const TREND_ORIGIN: Period = { year: 2024, half: 1 };

export type PeriodInfo = {
  period: Period;
  label: string;
  /** Half-years since 2024S1 (negative before it): how far the slow trends have moved. */
  index: number;
  first: number;
  last: number;
  /** First day of each of the period's six months. */
  monthStarts: readonly number[];
};

export function describePeriod(period: Period): PeriodInfo {
  const { first, last } = periodBounds(period);
  const firstMonth = period.half === 1 ? 1 : 7;
  return {
    period,
    label: formatPeriod(period),
    index: (period.year - TREND_ORIGIN.year) * 2 + (period.half - TREND_ORIGIN.half),
    first: dayOfIso(first),
    last: dayOfIso(last),
    monthStarts: [0, 1, 2, 3, 4, 5].map((offset) => dayNumber(period.year, firstMonth + offset, 1)),
  };
}
