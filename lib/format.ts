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

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A calendar day (`2025-09-10`) as readers write it: `10 September 2025`, the same in any time zone. */
export function formatCalendarDate(isoDate: string, locale: Locale = 'id-ID'): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(`${isoDate}T00:00:00Z`));
}
