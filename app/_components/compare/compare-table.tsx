import { Card } from '@tremor/react';
import Link from 'next/link';
import { type CompareCell, getCompareRows } from '@/lib/dashboard/compare';
import type { RegionChoice } from '@/lib/dashboard/compare-regions';
import { indicatorName } from '@/lib/dashboard/indicator-options';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { formatCount } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import type { Translate } from '@/lib/i18n/translate';
import { type Indicator, THEMES } from '@/lib/indicators/catalogue';
import { denominatorText, valueText } from '../indicator/value-text';
import { indicatorHref, TEXT_LINK } from '../indicator-page/indicator-links';
import { TableDownloads } from '../ui/table-downloads';

// The first column stays in view while the regions scroll sideways on a phone.
const STICKY = 'sticky left-0 z-10 bg-white';

function ValueCell({ indicator, cell, t }: { indicator: Indicator; cell: CompareCell; t: Translate }) {
  return (
    <td
      className="whitespace-nowrap px-3 py-2 text-right align-top"
      data-best={cell.best ? 'true' : undefined}
    >
      <span className="block font-medium tabular-nums text-tremor-content-strong">
        {valueText(indicator, cell, t)}
      </span>
      <span className="block text-tremor-label tabular-nums text-tremor-content">
        {denominatorText(cell, t)}
      </span>
      {cell.best ? (
        <span className="mt-1 inline-flex items-center gap-1 rounded-tremor-small bg-blue-50 px-1.5 py-0.5 text-tremor-label font-medium text-blue-800 ring-1 ring-inset ring-blue-200">
          <span aria-hidden="true">★</span>
          {t('compare.best')}
        </span>
      ) : null}
    </td>
  );
}

/**
 * Every indicator, grouped by theme, for each chosen region in the periode: value and n (or that the
 * value is withheld), with the best value of each row marked in words and a star, not by colour alone.
 */
export async function CompareTable({
  regions,
  period,
  t,
}: {
  regions: RegionChoice[];
  period: string;
  t: Translate;
}) {
  const { db } = await getDatabase();
  const { minDenominator } = readEnv();
  const rows = await getCompareRows(
    db,
    { codes: regions.map((region) => region.code), period },
    minDenominator,
  );
  return (
    <Card className="px-0 pb-4">
      <section aria-labelledby="compare-table-title">
        <h2
          id="compare-table-title"
          className="px-4 text-tremor-title font-semibold text-tremor-content-strong sm:px-6"
        >
          {t('compare.tableTitle', { period: periodLabel(t, period) })}
        </h2>
        <TableDownloads
          download={{ route: 'region-values', region: regions.map((region) => region.code), period }}
          table={t('compare.tableTitle', { period: periodLabel(t, period) })}
          t={t}
          className="px-4 sm:px-6"
        />
        <div className="relative mt-3 overflow-x-auto" data-testid="compare-table">
          <table className="w-full min-w-[36rem] text-tremor-default">
            <caption className="sr-only">
              {t('compare.tableCaption', { period: periodLabel(t, period) })}
            </caption>
            <thead className="border-b border-tremor-border">
              <tr>
                <th
                  scope="col"
                  className={`${STICKY} px-4 py-2 text-left font-medium text-tremor-content sm:pl-6`}
                >
                  {t('compare.indicatorColumn')}
                </th>
                {regions.map((region) => (
                  <th key={region.code} scope="col" className="px-3 py-2 text-right align-bottom font-medium">
                    <Link href={`/wilayah/${region.code}`} prefetch={false} className={TEXT_LINK}>
                      {region.name}
                    </Link>
                    <span className="block text-tremor-label font-normal text-tremor-content">
                      {region.context}
                    </span>
                  </th>
                ))}
              </tr>
            </thead>
            {THEMES.map((theme) => (
              <tbody key={theme} className="divide-y divide-tremor-border">
                <tr>
                  <th
                    scope="colgroup"
                    colSpan={regions.length + 1}
                    className="bg-tremor-background-subtle px-4 py-1.5 text-left text-tremor-label font-semibold uppercase tracking-wide text-tremor-content sm:px-6"
                  >
                    <span className="sticky left-4">{t(`theme.${theme}`)}</span>
                  </th>
                </tr>
                {rows
                  .filter((row) => row.indicator.theme === theme)
                  .map(({ indicator, cells }) => (
                    <tr key={indicator.id} data-indicator={indicator.id}>
                      <th
                        scope="row"
                        className={`${STICKY} max-w-[11rem] px-4 py-2 text-left align-top font-normal sm:max-w-none sm:pl-6`}
                      >
                        <Link
                          href={indicatorHref(indicator.id, period)}
                          prefetch={false}
                          className={TEXT_LINK}
                        >
                          {indicatorName(indicator, t)}
                        </Link>
                      </th>
                      {cells.map((cell, index) => (
                        <ValueCell key={regions[index]?.code} indicator={indicator} cell={cell} t={t} />
                      ))}
                    </tr>
                  ))}
              </tbody>
            ))}
          </table>
        </div>
        <div className="mt-3 space-y-1 px-4 text-tremor-label text-tremor-content sm:px-6">
          <p>{t('compare.bestNote')}</p>
          <p>{t('compare.suppressedNote', { min: formatCount(minDenominator, t.numberLocale) })}</p>
        </div>
      </section>
    </Card>
  );
}
