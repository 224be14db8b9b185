'use client';

import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { Locale } from './locales';
import { makeTranslate } from './make-translate';
import type { Dictionary, Messages } from './messages';
import type { Translate } from './translate';

const TranslationContext = createContext<Translate | null>(null);

/**
 * Gives client components the chosen language. The layout passes that language's dictionary as a prop, so
 * the catalogue never enters the JavaScript bundles and a page carries only the language it shows.
 */
export function TranslationProvider({
  locale,
  messages,
  children,
}: {
  locale: Locale;
  messages: Dictionary;
  children: ReactNode;
}) {
  const t = useMemo(() => makeTranslate<Messages>(messages, locale), [locale, messages]);
  return <TranslationContext.Provider value={t}>{children}</TranslationContext.Provider>;
}

/** The translator of the reader's language in a client component: the same `t` as on the server. */
export function useTranslate(): Translate {
  const t = useContext(TranslationContext);
  if (!t) throw new Error('useTranslate() needs the TranslationProvider of the root layout above it.');
  return t;
}
