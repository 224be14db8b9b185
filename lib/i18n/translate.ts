import type { Locale } from './locales';
import { makeTranslate, type TranslateIn } from './make-translate';
import { MESSAGES, type Messages } from './messages';

/** `t(key, params?)`, plus `t.rich`, `t.locale` and `t.numberLocale`, in one language. */
export type Translate = TranslateIn<Messages>;

/** The translator of one language, for server code; client components use `useTranslate()`. */
export function translator(locale: Locale): Translate {
  return makeTranslate<Messages>(MESSAGES[locale], locale);
}
