'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';

export type NavItem = { href: string; label: string };

function isCurrent(pathname: string, href: string): boolean {
  return href === '/' ? pathname === '/' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The main sections; the chosen period goes along, so moving between pages keeps the reader's view. */
export function MainNav({ label, items }: { label: string; items: NavItem[] }) {
  const pathname = usePathname();
  const period = useSearchParams().get('periode');
  const query = period ? `?${new URLSearchParams({ periode: period })}` : '';
  return (
    <nav aria-label={label}>
      <ul className="-mx-1 flex flex-wrap gap-1">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={`${item.href}${query}`}
                // Pages are rendered per request from the database: prefetching every section on every view
                // would multiply that work for pages nobody opens.
                prefetch={false}
                aria-current={current ? 'page' : undefined}
                className={`block rounded-tremor-default px-3 py-1.5 text-tremor-default focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-tremor-brand ${
                  current
                    ? 'bg-tremor-brand-faint font-semibold text-tremor-brand-emphasis ring-1 ring-inset ring-tremor-brand-muted'
                    : 'font-medium text-tremor-content hover:bg-tremor-background-subtle hover:text-tremor-content-strong'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
