import type { ReactNode } from 'react';

/** The map's height, shared by the map and every state that stands in for it, so the page does not jump. */
export const MAP_HEIGHT = 'h-[28rem] sm:h-[34rem]';

/** What stands where the map will be: while it loads, when it cannot load, when there is nothing to draw. */
export function MapMessage({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  return (
    <div
      role="status"
      aria-busy={busy}
      className={`${MAP_HEIGHT} flex items-center justify-center bg-tremor-background-subtle p-6 text-center text-tremor-default text-tremor-content`}
    >
      {children}
    </div>
  );
}
