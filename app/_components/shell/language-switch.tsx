'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, LOCALES, type Locale } from '@/lib/i18n/locales';
import { useTranslate } from '@/lib/i18n/translation-provider';

/** Remembers the language in a cookie and re-renders the server components in it, keeping the URL as it is. */
export function LanguageSwitch() {
  const t = useTranslate();
  const { locale } = t;
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const names: Record<Locale, string> = { id: t('language.name.id'), en: t('language.name.en') };
  const shortNames: Record<Locale, string> = { id: t('language.short.id'), en: t('language.short.en') };

  function choose(next: Locale) {
    if (next === locale) return;
    // biome-ignore lint/suspicious/noDocumentCookie: the Cookie Store API is not yet in every browser the offices use.
    document.cookie = `${LOCALE_COOKIE}=${next}; path=/; max-age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax`;
    startTransition(() => router.refresh());
  }

  return (
    <fieldset
      aria-busy={pending}
      className="inline-flex shrink-0 rounded-tremor-default border border-tremor-border bg-tremor-background-subtle p-0.5"
    >
      <legend className="sr-only">{t('language.label')}</legend>
      {LOCALES.map((option) => {
        const chosen = option === locale;
        return (
          <button
            key={option}
            type="button"
            lang={option}
            title={names[option]}
            aria-pressed={chosen}
            onClick={() => choose(option)}
            className={`rounded-tremor-small px-2.5 py-1 text-tremor-default focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-tremor-brand ${
              chosen
                ? 'bg-white font-semibold text-tremor-brand-emphasis shadow-tremor-input'
                : 'text-tremor-content hover:text-tremor-content-strong'
            }`}
          >
            {/* Phones see the short code; the spoken name still starts with it, so voice control finds it. */}
            <span className="sm:hidden">{shortNames[option]} </span>
            <span className="sr-only sm:not-sr-only">{names[option]}</span>
          </button>
        );
      })}
    </fieldset>
  );
}
