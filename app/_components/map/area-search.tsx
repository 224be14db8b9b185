'use client';

import { useId, useMemo, useState } from 'react';
import { labelIndex } from '@/lib/dashboard/label-index';
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
  const index = useMemo(
    () => labelIndex(view.areas.map((area) => ({ label: optionLabel(area, view), code: area.code }))),
    [view],
  );
  // Only a name that nothing starts with or contains is unknown: a half-typed one is still on its way.
  const unknown = text.trim().length > 2 && !index.best(text);
  return (
    <search>
      <form
        className="flex min-w-0 flex-col gap-1"
        onSubmit={(event) => {
          event.preventDefault();
          // Enter on a partial name takes the kelurahan it most likely means, and writes its name in full.
          const found = index.best(text);
          if (!found) return;
          setText(found.label);
          onFound(found.code);
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
            const picked = index.exact(event.target.value);
            if (picked) onFound(picked.code);
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
