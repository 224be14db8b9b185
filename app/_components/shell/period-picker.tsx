'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useId, useOptimistic, useTransition } from 'react';
import { periodLabel } from '@/lib/i18n/period-label';
import { useTranslate } from '@/lib/i18n/translation-provider';
import { useSelectedPeriod } from './use-selected-period';

/** Chooses `periode` in the URL, keeping every other parameter; `periods` are those with data, oldest first. */
export function PeriodPicker({ periods }: { periods: string[] }) {
  const t = useTranslate();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const selected = useSelectedPeriod(periods);
  // The select shows the choice at once, while the page for it is still on its way.
  const [shown, show] = useOptimistic(selected);
  const [pending, startTransition] = useTransition();
  const selectId = useId();

  function choose(period: string) {
    const params = new URLSearchParams(searchParams.toString());
    params.set('periode', period);
    startTransition(() => {
      show(period);
      router.push(`${pathname}?${params}`, { scroll: false });
    });
  }

  return (
    <div className="flex items-center gap-2">
      <label htmlFor={selectId} className="text-tremor-default font-medium text-tremor-content-emphasis">
        {t('period.label')}
      </label>
      <select
        id={selectId}
        value={shown}
        aria-busy={pending}
        onChange={(event) => choose(event.target.value)}
        className="min-w-0 rounded-tremor-default border border-tremor-border bg-white py-1.5 pl-3 pr-8 text-tremor-default text-tremor-content-strong shadow-tremor-input focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-tremor-brand"
      >
        {[...periods].reverse().map((period) => (
          <option key={period} value={period}>
            {periodLabel(t, period)}
          </option>
        ))}
      </select>
    </div>
  );
}
