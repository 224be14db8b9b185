'use client';

import { MAX_COMPARED } from '@/lib/dashboard/compare-params';
import { useUrlParams } from '../shell/use-url-params';

/** Adds, removes or sets the regions of the comparison by writing `wilayah` in the URL (a new history entry). */
export function useComparedRegions(chosen: readonly string[]) {
  const { update, pending } = useUrlParams();
  const set = (codes: readonly string[]) =>
    update({ wilayah: codes.length > 0 ? codes.slice(0, MAX_COMPARED).join(',') : null });
  return {
    pending,
    full: chosen.length >= MAX_COMPARED,
    set,
    add: (code: string) => {
      if (!chosen.includes(code)) set([...chosen, code]);
    },
    remove: (code: string) => set(chosen.filter((candidate) => candidate !== code)),
  };
}
