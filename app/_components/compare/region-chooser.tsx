'use client';

import type { RegionChoice } from '@/lib/dashboard/compare-regions';
import { useTranslate } from '@/lib/i18n/translation-provider';
import { RegionSearch } from './region-search';
import { useComparedRegions } from './use-compared-regions';

const CHIP_BUTTON =
  'rounded-tremor-small px-1.5 text-tremor-content hover:bg-tremor-background-subtle hover:text-tremor-content-strong focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand';

/** The regions being compared, each with a button that removes it, and the search that adds another. */
export function RegionChooser({ choices, chosen }: { choices: RegionChoice[]; chosen: string[] }) {
  const t = useTranslate();
  const { add, remove, full, pending } = useComparedRegions(chosen);
  const byCode = new Map(choices.map((choice) => [choice.code, choice]));
  return (
    <div className="space-y-3">
      {chosen.length > 0 ? (
        <ul className="flex flex-wrap gap-2" aria-label={t('compare.chosen')} aria-busy={pending}>
          {chosen.map((code) => {
            const choice = byCode.get(code);
            return (
              <li
                key={code}
                className="inline-flex max-w-full items-center gap-1 rounded-tremor-full border border-tremor-border bg-white py-1 pl-3 pr-1 text-tremor-default text-tremor-content-strong"
              >
                <span className="min-w-0 truncate">{choice?.label ?? code}</span>
                <button type="button" onClick={() => remove(code)} className={CHIP_BUTTON}>
                  <span aria-hidden="true">✕</span>
                  <span className="sr-only">{t('compare.remove', { name: choice?.label ?? code })}</span>
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="max-w-xl">
        <RegionSearch
          choices={choices.filter((choice) => !chosen.includes(choice.code))}
          onAdd={add}
          disabledReason={full ? t('compare.full') : undefined}
          busy={pending}
        />
      </div>
    </div>
  );
}

/** The first regions an empty comparison offers: DKI Jakarta and each kota, or the five mainland kota at once. */
export function CompareSuggestions({
  suggestions,
  mainland,
}: {
  suggestions: RegionChoice[];
  mainland: string[];
}) {
  const t = useTranslate();
  const { add, set } = useComparedRegions([]);
  const button =
    'rounded-tremor-default border border-tremor-border bg-white px-3 py-1.5 text-tremor-default font-medium text-tremor-content-emphasis hover:bg-tremor-background-subtle focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand';
  return (
    <div className="space-y-2">
      <p className="text-tremor-default text-tremor-content">{t('compare.suggest')}</p>
      <ul className="flex flex-wrap gap-2">
        {suggestions.map((choice) => (
          <li key={choice.code}>
            <button type="button" onClick={() => add(choice.code)} className={button}>
              {choice.name}
              <span className="sr-only"> ({choice.context})</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" onClick={() => set(mainland)} className={button}>
            {t('compare.suggestMainland')}
          </button>
        </li>
      </ul>
    </div>
  );
}
