'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';

export type PickerGroup = { label: string; options: { id: string; name: string }[] };

/** The indicator of the view, grouped by theme; the choice lives in the URL (`indikator`). */
export function IndicatorPicker({
  groups,
  value,
  label,
}: {
  groups: PickerGroup[];
  value: string;
  label: string;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  return (
    <label className="flex flex-col gap-1 text-tremor-label font-medium text-tremor-content">
      {label}
      <select
        className="min-w-0 max-w-full rounded-tremor-default border border-tremor-border bg-white px-3 py-2 text-tremor-default text-tremor-content-strong shadow-tremor-input focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
        value={value}
        onChange={(event) => {
          const next = new URLSearchParams(searchParams.toString());
          next.set('indikator', event.target.value);
          router.push(`${pathname}?${next.toString()}`, { scroll: false });
        }}
      >
        {groups.map((group) => (
          <optgroup key={group.label} label={group.label}>
            {group.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );
}
