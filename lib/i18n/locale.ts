import 'server-only';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from './locales';
import { type Translate, translator } from './translate';

/** The language the reader chose with the switch, remembered in a cookie; Bahasa Indonesia until then. */
export const getLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
});

/** The translator of the reader's language, for server components. */
export async function getTranslator(): Promise<Translate> {
  return translator(await getLocale());
}
