import type { Locale as IntlLocale } from '@/lib/format';

/** The interface languages, Bahasa Indonesia first: it is the default and the order of the switch. */
export const LOCALES = ['id', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'id';

/** The cookie that remembers the chosen language; read on the server, written by the language switch. */
export const LOCALE_COOKIE = 'bahasa';
export const LOCALE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

const INTL_LOCALES: Record<Locale, IntlLocale> = { id: 'id-ID', en: 'en-GB' };

export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The locale lib/format.ts writes numbers and dates in: `1.234,5` in Indonesian, `1,234.5` in English. */
export function intlLocale(locale: Locale): IntlLocale {
  return INTL_LOCALES[locale];
}
