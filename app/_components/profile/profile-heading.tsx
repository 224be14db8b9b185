import Link from 'next/link';
import type { ReactNode } from 'react';
import { type Lineage, parentOf, profiled } from '@/lib/dashboard/profile-region';
import { levelLabel } from '@/lib/dashboard/region-label';
import type { Translate } from '@/lib/i18n/translate';
import { RegionBreadcrumb } from './region-breadcrumb';

const LINK =
  'text-tremor-default font-medium text-tremor-brand underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand';

/** The region the map zooms to from its profile: itself, or for a kelurahan its kecamatan; none for Jakarta. */
function mapRegion(lineage: Lineage): string | undefined {
  const region = profiled(lineage);
  if (region.level === 'province') return undefined;
  return region.level === 'village' ? parentOf(lineage)?.code : region.code;
}

/** The head of a profile: breadcrumb, the kind of region and its name, and where to look further. */
export function ProfileHeading({
  lineage,
  query,
  mapQuery,
  actions,
  t,
}: {
  lineage: Lineage;
  /** The view's part of the address, kept by the breadcrumb's links. */
  query: string;
  /** The same for the map, given the region to zoom to. */
  mapQuery: (region: string | undefined) => string;
  /** Buttons beside the links, such as the meeting slides of the profile. */
  actions?: ReactNode;
  t: Translate;
}) {
  const region = profiled(lineage);
  return (
    <div className="space-y-3">
      {lineage.length > 1 ? <RegionBreadcrumb lineage={lineage} query={query} t={t} /> : null}
      <div className="flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
        <div className="min-w-0">
          <p className="text-tremor-label font-medium uppercase tracking-wide text-tremor-content-subtle">
            {levelLabel(region, t)}
          </p>
          <h1 className="text-xl font-semibold text-tremor-content-strong">{region.name}</h1>
        </div>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            <li>
              <Link href={`/peta${mapQuery(mapRegion(lineage))}`} prefetch={false} className={LINK}>
                {t('profile.openMap')}
              </Link>
            </li>
            <li>
              <Link href={`/bandingkan?wilayah=${region.code}`} prefetch={false} className={LINK}>
                {t('profile.compare')}
              </Link>
            </li>
          </ul>
          {actions}
        </div>
      </div>
    </div>
  );
}
