'use client';

import Link from 'next/link';
import type { MapArea, MapView } from '@/lib/dashboard/map-view';
import { formatCount } from '@/lib/format';
import { useTranslate } from '@/lib/i18n/translation-provider';
import type { Indicator } from '@/lib/indicators/catalogue';
import { ChangeBadge } from '../indicator/change-badge';
import { denominatorText, valueText } from '../indicator/value-text';

/** The kecamatan, kota and province codes above a kelurahan: `31.71.01.1001` → `31.71.01`, `31.71`, `31`. */
const parentCodes = (code: string) => [code.slice(0, 8), code.slice(0, 5), code.slice(0, 2)];

/**
 * The figures of the chosen kelurahan: its value and n (or why it is withheld), the change, its place
 * among Jakarta's kelurahan, the same indicator for its kecamatan, kota and Jakarta, and its profile.
 */
export function AreaPanel({
  area,
  view,
  indicator,
  changeLabel,
  minDenominator,
  onClose,
}: {
  area: MapArea | undefined;
  view: MapView;
  indicator: Indicator;
  changeLabel: string | undefined;
  minDenominator: number;
  onClose: () => void;
}) {
  const t = useTranslate();
  if (!area)
    return (
      <p className="text-tremor-default text-tremor-content" data-testid="area-panel-empty">
        {t('panel.hint')}
      </p>
    );
  const [district, city, province] = parentCodes(area.code).map((code) => view.parents[code]);
  const withheldWhy =
    area.suppressed && area.denominator !== null
      ? t('value.suppressedWhy', {
          n: formatCount(area.denominator, t.numberLocale),
          min: formatCount(minDenominator, t.numberLocale),
        })
      : undefined;
  return (
    <section aria-labelledby="area-panel-title" data-testid="area-panel" className="space-y-4">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 id="area-panel-title" className="text-tremor-title font-semibold text-tremor-content-strong">
            {area.name}
          </h3>
          <p className="text-tremor-label text-tremor-content">
            {[district?.name && t('panel.district', { name: district.name }), city?.name]
              .filter(Boolean)
              .join(', ')}
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          className="rounded-tremor-small px-2 py-1 text-tremor-default text-tremor-content hover:bg-tremor-background-subtle focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
        >
          {t('panel.close')}
        </button>
      </div>
      <div>
        <p className="text-2xl font-semibold tabular-nums text-tremor-content-strong">
          {valueText(indicator, area, t)}
        </p>
        <p className="text-tremor-default text-tremor-content">
          {withheldWhy ?? (area.value === null ? t('panel.noRecords') : denominatorText(area, t))}
        </p>
      </div>
      {changeLabel ? (
        <p className="flex flex-wrap items-center gap-2 text-tremor-default text-tremor-content">
          <ChangeBadge indicator={indicator} change={area.change ?? null} t={t} />
          <span>{changeLabel}</span>
        </p>
      ) : null}
      {area.rank !== null ? (
        <p className="text-tremor-default text-tremor-content">
          {t('panel.rank', {
            rank: formatCount(area.rank, t.numberLocale),
            of: formatCount(view.ranked, t.numberLocale),
          })}
        </p>
      ) : null}
      <dl className="divide-y divide-tremor-border border-y border-tremor-border text-tremor-default">
        {[district, city, province].map((parent) =>
          parent ? (
            <div key={parent.code} className="flex justify-between gap-3 py-1.5">
              <dt className="min-w-0 text-tremor-content">
                {parent === district ? t('panel.district', { name: parent.name }) : parent.name}
              </dt>
              <dd className="tabular-nums font-medium text-tremor-content-strong">
                {valueText(indicator, parent, t)}
              </dd>
            </div>
          ) : null,
        )}
      </dl>
      <Link
        href={`/wilayah/${area.code}`}
        prefetch={false}
        className="inline-block font-medium text-tremor-brand underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
      >
        {t('panel.profile', { name: area.name })}
      </Link>
    </section>
  );
}
