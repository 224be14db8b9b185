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
