'use client';

import { useSearchParams } from 'next/navigation';

/** The period in the URL's `periode` when there is data for it, otherwise the latest period with data. */
export function useSelectedPeriod(periods: readonly string[]): string | undefined {
  const requested = useSearchParams().get('periode')?.trim().toUpperCase();
  return requested && periods.includes(requested) ? requested : periods.at(-1);
}
