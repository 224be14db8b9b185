import Link from 'next/link';
import type { Lineage } from '@/lib/dashboard/profile-region';
import { regionLabel } from '@/lib/dashboard/region-label';
import type { Translate } from '@/lib/i18n/translate';

/** DKI Jakarta › kota › kecamatan › kelurahan, each above the region a link to its own profile. */
export function RegionBreadcrumb({ lineage, query, t }: { lineage: Lineage; query: string; t: Translate }) {
  return (
    <nav aria-label={t('profile.breadcrumb')}>
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1 text-tremor-default text-tremor-content">
        {lineage.map((region, index) => {
          const current = index === lineage.length - 1;
          return (
            <li key={region.code} className="flex items-center gap-1.5">
              {index > 0 ? <span aria-hidden="true">›</span> : null}
              {current ? (
                <span aria-current="page" className="font-medium text-tremor-content-strong">
                  {regionLabel(region, t)}
                </span>
              ) : (
                <Link
                  href={`/wilayah/${region.code}${query}`}
                  className="text-tremor-brand underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
                >
                  {regionLabel(region, t)}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
