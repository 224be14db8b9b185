import { Card } from '@tremor/react';
import Link from 'next/link';
import type { RankedRow } from '@/lib/dashboard/indicator-page-ranking';
import { formatCount } from '@/lib/format';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';
import { denominatorText, valueText } from '../indicator/value-text';
import { TableDownloads } from '../ui/table-downloads';
import { TEXT_LINK } from './indicator-links';
import { type IndicatorWidgetProps, readIndicatorFigures } from './read-indicator-figures';

function RankList({
  title,
  rows,
  indicator,
  placeNames,
  t,
}: {
  title: string;
  rows: RankedRow[];
  indicator: Indicator;
  placeNames: Record<string, string>;
  t: Translate;
}) {
  return (
    <div>
      <h3 className="text-tremor-default font-semibold text-tremor-content-emphasis">{title}</h3>
      <ol className="mt-2 divide-y divide-tremor-border" aria-label={title}>
        {rows.map((row) => (
          <li key={row.code} className="flex items-baseline gap-3 py-1.5" data-kode={row.code}>
            <span className="w-8 shrink-0 text-right tabular-nums text-tremor-content" aria-hidden="true">
              {formatCount(row.rank, t.numberLocale)}
            </span>
            <span className="sr-only">
              {t('indicatorPage.rank', { rank: formatCount(row.rank, t.numberLocale) })}
            </span>
            <span className="min-w-0 flex-1">
              <Link href={`/wilayah/${row.code}`} prefetch={false} className={TEXT_LINK}>
                {row.name}
              </Link>
              <span className="block text-tremor-label text-tremor-content">
                {t('indicatorPage.place', {
                  district: placeNames[row.code.slice(0, 8)] ?? '',
                  city: placeNames[row.code.slice(0, 5)] ?? '',
                })}
              </span>
            </span>
            <span className="shrink-0 text-right">
              <span className="block font-medium tabular-nums text-tremor-content-strong">
                {valueText(indicator, row, t)}
              </span>
              <span className="block text-tremor-label tabular-nums text-tremor-content">
                {denominatorText(row, t)}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * The ten best and ten worst kelurahan by the indicator's direction (for a neutral indicator, the
 * highest and lowest), each with its value, n and a link to its profile; withheld values are not ranked.
 */
export async function RankingCard({ indicator, period, previous, t }: IndicatorWidgetProps) {
  const { extremes, placeNames } = await readIndicatorFigures(indicator.id, period, previous);
  const neutral = indicator.direction === 'neutral';
  return (
    <Card>
      <section aria-labelledby="ranking-title">
        <h2 id="ranking-title" className="text-tremor-title font-semibold text-tremor-content-strong">
          {t(neutral ? 'indicatorPage.rankingTitleNeutral' : 'indicatorPage.rankingTitle')}
        </h2>
        {extremes.ranked === 0 ? (
          <p className="mt-2 text-tremor-default text-tremor-content">{t('indicatorPage.rankingEmpty')}</p>
        ) : (
          <>
            <p className="text-tremor-default text-tremor-content">
              {t('indicatorPage.rankingNote', { ranked: formatCount(extremes.ranked, t.numberLocale) })}
            </p>
            <TableDownloads
              download={{ route: 'values', indicator: indicator.id, period, level: 'village' }}
              table={t(neutral ? 'indicatorPage.rankingTitleNeutral' : 'indicatorPage.rankingTitle')}
              t={t}
              className="mt-2"
            />
            <div className="mt-4 grid gap-6 md:grid-cols-2">
              {[
                { title: t(neutral ? 'indicatorPage.highest' : 'indicatorPage.best'), rows: extremes.best },
                { title: t(neutral ? 'indicatorPage.lowest' : 'indicatorPage.worst'), rows: extremes.worst },
              ].map(({ title, rows }) => (
                <RankList
                  key={title}
                  title={title}
                  rows={rows}
                  indicator={indicator}
                  placeNames={placeNames}
                  t={t}
                />
              ))}
            </div>
          </>
        )}
      </section>
    </Card>
  );
}
