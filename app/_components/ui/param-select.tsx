'use client';

import { useId } from 'react';

export type SelectOption = { value: string; label: string };
export type SelectGroup = { label: string; options: SelectOption[] };

/** A labelled native select (keyboard and screen readers for free), with options alone or in groups. */
export function ParamSelect({
  label,
  value,
  options,
  onChange,
  busy = false,
}: {
  label: string;
  value: string;
  options: (SelectOption | SelectGroup)[];
  onChange: (value: string) => void;
  busy?: boolean;
}) {
  const id = useId();
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-tremor-label font-medium text-tremor-content">
        {label}
      </label>
      <select
        id={id}
        value={value}
        aria-busy={busy}
        onChange={(event) => onChange(event.target.value)}
        className="min-w-0 max-w-full rounded-tremor-default border border-tremor-border bg-white py-2 pl-3 pr-8 text-tremor-default text-tremor-content-strong shadow-tremor-input focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
      >
        {options.map((option) =>
          'options' in option ? (
            <optgroup key={option.label} label={option.label}>
              {option.options.map((inner) => (
                <option key={inner.value} value={inner.value}>
                  {inner.label}
                </option>
              ))}
            </optgroup>
          ) : (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ),
        )}
      </select>
    </div>
  );
}
