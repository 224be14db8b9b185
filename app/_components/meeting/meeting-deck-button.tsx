'use client';

import { useId, useRef, useState } from 'react';
import type { IndicatorOptionGroup } from '@/lib/dashboard/indicator-options';
import type { ExportQuery } from '@/lib/figures/figure-links';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { useTranslate } from '@/lib/i18n/translation-provider';
import { deckHref } from '@/lib/meeting/deck-links';
import { type DeckView, MAX_DECK_INDICATORS } from '@/lib/meeting/deck-views';

const BUTTON =
  'rounded-tremor-small border border-tremor-border px-3 py-1.5 text-tremor-default font-medium text-tremor-content-emphasis hover:bg-tremor-background-subtle focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand';
const DOWNLOAD =
  'rounded-tremor-small bg-tremor-brand px-3 py-1.5 text-tremor-default font-medium text-white hover:bg-tremor-brand-emphasis focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-tremor-brand disabled:cursor-not-allowed disabled:opacity-50';

export type MeetingDeckButtonProps = {
  view: DeckView;
  /** The view's filters (periode, compare, classes, regions) in the API's names. */
  query: Omit<ExportQuery, 'indicator'>;
  /** The indicators ticked when the dialog opens: the view's own. */
  initial: string[];
  groups: IndicatorOptionGroup[];
};

/**
 * "Bahan rapat": a button that opens a dialog to choose the indicators, then downloads the view as a PPTX
 * deck or a PDF. The downloads are plain links to the deck API, so the file is built on the server.
 */
export function MeetingDeckButton({ view, query, initial, groups }: MeetingDeckButtonProps) {
  const t = useTranslate();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [chosen, setChosen] = useState<string[]>(initial);
  const [language, setLanguage] = useState<Locale>(t.locale);
  const full = chosen.length >= MAX_DECK_INDICATORS;
  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  const ordered = groups
    .flatMap((group) => group.options.map((option) => option.value))
    .filter((id) => chosen.includes(id));
  // Opening starts from the view as it is now: the page keeps this component when the URL changes.
  const open = () => {
    setChosen(initial);
    setLanguage(t.locale);
    dialog.current?.showModal();
  };
  const download = (format: 'pptx' | 'pdf', label: string) =>
    ordered.length === 0 ? (
      <button type="button" className={DOWNLOAD} disabled>
        {label}
      </button>
    ) : (
      <a className={DOWNLOAD} href={deckHref(view, format, { ...query, lang: language }, ordered)} download>
        {label}
      </a>
    );
  return (
    <>
      <button type="button" className={BUTTON} onClick={open}>
        {t('deck.button')}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        data-testid="deck-dialog"
        className="w-[min(40rem,calc(100vw-2rem))] rounded-tremor-default p-0 shadow-tremor-dropdown backdrop:bg-slate-900/40"
      >
        <form method="dialog" className="flex max-h-[85vh] flex-col">
          <div className="border-b border-tremor-border p-4">
            <h2 id={titleId} className="text-tremor-title font-semibold text-tremor-content-strong">
              {t('deck.dialogTitle')}
            </h2>
            <p className="mt-1 text-tremor-default text-tremor-content">{t('deck.dialogIntro')}</p>
          </div>
          <div className="min-h-0 flex-1 space-y-4 overflow-y-auto p-4">
            <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1 text-tremor-default">
              <legend className="mb-1 font-medium text-tremor-content-strong">
                {t('deck.languageLabel')}
              </legend>
              {LOCALES.map((locale) => (
                <label key={locale} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name="lang"
                    value={locale}
                    checked={language === locale}
                    onChange={() => setLanguage(locale)}
                  />
                  {t(`language.name.${locale}`)}
                </label>
              ))}
            </fieldset>
            {groups.map((group) => (
              <fieldset key={group.label}>
                <legend className="text-tremor-default font-medium text-tremor-content-strong">
                  {group.label}
                </legend>
                <div className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2">
                  {group.options.map((option) => {
                    const on = chosen.includes(option.value);
                    return (
                      <label key={option.value} className="flex items-center gap-2 text-tremor-default">
                        <input
                          type="checkbox"
                          name="indicator"
                          value={option.value}
                          checked={on}
                          disabled={!on && full}
                          onChange={(event) => toggle(option.value, event.target.checked)}
                        />
                        {option.label}
                      </label>
                    );
                  })}
                </div>
              </fieldset>
            ))}
          </div>
          <div className="flex flex-wrap items-center justify-end gap-3 border-t border-tremor-border p-4">
            <p className="mr-auto text-tremor-label text-tremor-content" aria-live="polite">
              {ordered.length === 0
                ? t('deck.pickNone')
                : full
                  ? t('deck.pickMax', { max: String(MAX_DECK_INDICATORS) })
                  : t('deck.chosen', { count: String(ordered.length) })}
            </p>
            <button type="submit" className={BUTTON}>
              {t('deck.close')}
            </button>
            {download('pptx', t('deck.pptx'))}
            {download('pdf', t('deck.pdf'))}
          </div>
        </form>
      </dialog>
    </>
  );
}
