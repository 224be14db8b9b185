export type Locale = 'id-ID' | 'en-GB';

const countFormats = new Map<Locale, Intl.NumberFormat>();

/** Whole numbers as Jakarta writes them: 1.234.567 (or 1,234,567 in English). */
export function formatCount(value: number, locale: Locale = 'id-ID'): string {
  let format = countFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    countFormats.set(locale, format);
  }
  return format.format(value);
}

/** A moment as readers in Jakarta see it, whatever time zone the server runs in: `2 Juli 2026 10.04 WIB`. */
export function formatJakartaTime(date: Date, locale: Locale = 'id-ID'): string {
  const text = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(date);
  return locale === 'id-ID' ? `${text} WIB` : `${text} WIB (UTC+7)`;
}

/** The day of a moment in Jakarta, short: `2 Jul 2026`. */
export function formatJakartaDate(date: Date, locale: Locale = 'id-ID'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Asia/Jakarta' }).format(date);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A calendar date (`YYYY-MM-DD`, no time of day) as readers write it, the same day in any time zone:
 * `10 Mar 2025` in tables, `10 Maret 2025` (style `long`) where there is room.
 */
export function formatCalendarDate(
  isoDate: string,
  locale: Locale = 'id-ID',
  style: 'medium' | 'long' = 'medium',
): string {
  const key = `${locale}/${style}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}

const unit = (value: number, name: 'second' | 'minute', locale: Locale, digits = 0) =>
  new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
    maximumFractionDigits: digits,
  }).format(value);

/** How long something took: `1,3 dtk` under a minute, `3 mnt 4 dtk` after (`1.3 secs`, `3 mins 4 secs` in English). */
export function formatDuration(milliseconds: number, locale: Locale = 'id-ID'): string {
  const seconds = milliseconds / 1000;
  if (seconds < 60) return unit(seconds, 'second', locale, 1);
  const whole = Math.round(seconds);
  return `${unit(Math.floor(whole / 60), 'minute', locale)} ${unit(whole % 60, 'second', locale)}`;
}
