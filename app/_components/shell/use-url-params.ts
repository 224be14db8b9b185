'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useTransition } from 'react';

/** The URL parameters a change sets (a string) or removes (null). */
export type ParamChanges = Record<string, string | null>;

/**
 * Changes the page's URL parameters, keeping the others, as a new history entry: the view lives in the
 * URL, so a copied address reproduces it and back and forward walk through the views.
 */
export function useUrlParams(): { update: (changes: ParamChanges) => void; pending: boolean } {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const [pending, startTransition] = useTransition();
  const update = useCallback(
    (changes: ParamChanges) => {
      const next = new URLSearchParams(searchParams.toString());
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      startTransition(() => router.push(`${pathname}?${next}`, { scroll: false }));
    },
    [router, pathname, searchParams],
  );
  return { update, pending };
}
