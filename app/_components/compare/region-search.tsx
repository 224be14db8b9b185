'use client';

import { useId, useMemo, useState } from 'react';
import type { RegionChoice } from '@/lib/dashboard/compare-regions';
import { labelIndex } from '@/lib/dashboard/label-index';
import { useTranslate } from '@/lib/i18n/translation-provider';

const INPUT =
  'min-w-0 flex-1 rounded-tremor-default border border-tremor-border bg-white px-3 py-2 text-tremor-default text-tremor-content-strong shadow-tremor-input focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand disabled:bg-tremor-background-subtle';

/**
 * Finds a region of any level by name with the browser's own suggestion list ("Gambir (kecamatan,
 * Jakarta Pusat)"): choosing a suggestion adds it at once; Enter or the button adds the first region
 * whose name starts with (or else contains) what was typed.
 */
export function RegionSearch({
  choices,
  onAdd,
  disabledReason,
  busy,
}: {
  choices: RegionChoice[];
  onAdd: (code: string) => void;
  /** Why nothing can be added now (five regions already), said beside the box. */
  disabledReason?: string | undefined;
  busy: boolean;
}) {
  const t = useTranslate();
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const index = useMemo(() => labelIndex(choices), [choices]);
  const key = text.trim().toLowerCase();
  const match = index.best(key)?.code;
  const unknown = key.length > 2 && match === undefined;
  const add = (code: string | undefined) => {
    if (!code) return;
    onAdd(code);
    setText('');
  };
  const hintId = `${inputId}-hint`;
  return (
    <search>
      <form
        className="flex min-w-0 flex-col gap-1"
        onSubmit={(event) => {
          event.preventDefault();
          if (key) add(match);
        }}
      >
        <label htmlFor={inputId} className="text-tremor-label font-medium text-tremor-content">
          {t('compare.searchLabel')}
        </label>
        <div className="flex min-w-0 gap-2">
          <input
            id={inputId}
            type="search"
            list={listId}
            value={text}
            autoComplete="off"
            disabled={disabledReason !== undefined}
            aria-busy={busy}
            placeholder={t('compare.searchPlaceholder')}
            aria-describedby={unknown || disabledReason ? hintId : undefined}
            onChange={(event) => {
              setText(event.target.value);
              add(index.exact(event.target.value)?.code);
            }}
            className={INPUT}
          />
          <button
            type="submit"
            disabled={disabledReason !== undefined || !key}
            className="shrink-0 rounded-tremor-default bg-tremor-brand px-4 py-2 text-tremor-default font-medium text-white hover:bg-tremor-brand-emphasis focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-tremor-brand disabled:bg-slate-400"
          >
            {t('compare.add')}
          </button>
        </div>
        <datalist id={listId}>
          {choices.map((choice) => (
            <option key={choice.code} value={choice.label} />
          ))}
        </datalist>
        {unknown || disabledReason ? (
          <p id={hintId} className="text-tremor-label text-tremor-content">
            {disabledReason ?? t('compare.noMatch')}
          </p>
        ) : null}
      </form>
    </search>
  );
}
