'use client';

import { useId, useMemo, useState } from 'react';
import type { MapArea, MapView } from '@/lib/dashboard/map-view';
import { useTranslate } from '@/lib/i18n/translation-provider';

/** How an area is offered in the list: its name and its kecamatan, since some names repeat across Jakarta. */
const optionLabel = (area: MapArea, view: MapView) => {
  const district = view.parents[area.code.slice(0, 8)];
  return district ? `${area.name} (${district.name})` : area.name;
};

/** Finds a kelurahan by name: the browser's own suggestion list, then the map zooms to it and opens it. */
export function AreaSearch({ view, onFound }: { view: MapView; onFound: (code: string) => void }) {
  const t = useTranslate();
  const inputId = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const byLabel = useMemo(
    () => new Map(view.areas.map((area) => [optionLabel(area, view).toLowerCase(), area.code])),
    [view],
  );
  const unknown = text.trim().length > 2 && !byLabel.has(text.trim().toLowerCase());
  function find(value: string) {
    const code = byLabel.get(value.trim().toLowerCase());
    if (code) onFound(code);
    return code;
  }
  return (
    <search>
      <form
        className="flex min-w-0 flex-col gap-1"
        onSubmit={(event) => {
          event.preventDefault();
          const key = text.trim().toLowerCase();
          // Enter on a partial name takes the first kelurahan whose name starts with it.
          const match = [...byLabel.keys()].find((label) => label.startsWith(key));
          if (!find(text) && match) {
            setText(match);
            find(match);
          }
        }}
      >
        <label htmlFor={inputId} className="text-tremor-label font-medium text-tremor-content">
          {t('search.label')}
        </label>
        <input
          id={inputId}
          type="search"
          list={listId}
          value={text}
          autoComplete="off"
          placeholder={t('search.placeholder')}
          aria-describedby={unknown ? `${inputId}-hint` : undefined}
          onChange={(event) => {
            setText(event.target.value);
            find(event.target.value);
          }}
          className="min-w-0 rounded-tremor-default border border-tremor-border bg-white px-3 py-2 text-tremor-default text-tremor-content-strong shadow-tremor-input focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
        />
        <datalist id={listId}>
          {view.areas.map((area) => (
            <option key={area.code} value={optionLabel(area, view)} />
          ))}
        </datalist>
        {unknown ? (
          <p id={`${inputId}-hint`} className="text-tremor-label text-tremor-content">
            {t('search.noMatch')}
          </p>
        ) : null}
      </form>
    </search>
  );
}
