import { Card } from '@tremor/react';
import { binLabel } from '@/lib/dashboard/histogram-label';
import { indicatorName } from '@/lib/dashboard/indicator-options';
import { readEnv } from '@/lib/env';
import { formatCount } from '@/lib/format';
import { formatIndicatorValue } from '@/lib/format-indicator';
import { periodLabel } from '@/lib/i18n/period-label';
import { FigureDownloads } from '../ui/figure-downloads';
import { type IndicatorWidgetProps, readIndicatorFigures } from './read-indicator-figures';

/**
 * The distribution of the kelurahan values as a histogram: one row per class of round bounds, its bar
 * and its number of kelurahan, and the class DKI Jakarta's own value falls in. A table, so that it reads
 * the same to a screen reader; withheld and missing kelurahan are counted apart and said so.
 */
export async function DistributionCard({ indicator, period, previous, t }: IndicatorWidgetProps) {
  const { histogram, jakartaBin, counts, jakarta } = await readIndicatorFigures(
    indicator.id,
    period,
    previous,
  );
  const largest = Math.max(1, ...histogram.map((bin) => bin.count));
  const count = (value: number) => formatCount(value, t.numberLocale);
  return (
    <Card>
      <section aria-labelledby="distribution-title">
        <div className="flex items-start justify-between gap-4">
          <h2 id="distribution-title" className="text-tremor-title font-semibold text-tremor-content-strong">
            {t('indicatorPage.distributionTitle')}
          </h2>
          {histogram.length === 0 ? null : (
            <FigureDownloads
              kind="histogram"
              query={{ indicator: indicator.id, period }}
              label={t('indicatorPage.distributionTitle')}
              t={t}
            />
          )}
        </div>
        <p className="text-tremor-default text-tremor-content" data-testid="distribution-counts">
          {counts.suppressed + counts.missing === 0
            ? t('indicatorPage.distributionAll', { shown: count(counts.shown) })
            : t('indicatorPage.distributionCounts', {
                shown: count(counts.shown),
                suppressed: count(counts.suppressed),
                min: count(readEnv().minDenominator),
                missing: count(counts.missing),
              })}
        </p>
        {histogram.length === 0 ? (
          <p className="mt-4 text-tremor-default text-tremor-content">
            {t('indicatorPage.distributionEmpty')}
          </p>
        ) : (
          <div className="relative mt-4 overflow-x-auto">
            <table className="w-full text-tremor-default" data-testid="histogram">
              <caption className="sr-only">
                {t('indicatorPage.distributionCaption', {
                  indicator: indicatorName(indicator, t),
                  period: periodLabel(t, period),
                })}
              </caption>
              <thead className="text-tremor-label text-tremor-content">
                <tr>
                  <th scope="col" className="pb-1 pr-3 text-left font-medium">
                    {t('indicatorPage.binColumn')}
                  </th>
                  <th scope="col" className="pb-1 text-right font-medium">
                    {t('indicatorPage.countColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {histogram.map((bin, index) => (
                  <tr key={bin.lower} data-count={bin.count}>
                    <th
                      scope="row"
                      className="whitespace-nowrap py-1 pr-3 text-left align-top font-normal tabular-nums text-tremor-content-emphasis"
                    >
                      {binLabel(indicator, bin, t)}
                    </th>
                    <td className="w-full py-1 align-top">
                      <div className="flex items-center gap-2">
                        <div className="min-w-0 flex-1" aria-hidden="true">
                          <div
                            className={`h-5 rounded-sm ${index === jakartaBin ? 'bg-slate-700' : 'bg-slate-400'}`}
                            style={{ width: `${(bin.count / largest) * 100}%` }}
                          />
                        </div>
                        <span className="w-10 shrink-0 text-right tabular-nums text-tremor-content-strong">
                          {count(bin.count)}
                        </span>
                      </div>
                      {index === jakartaBin && jakarta?.value != null ? (
                        <p className="text-tremor-label font-medium text-tremor-content-strong">
                          <span aria-hidden="true">◆ </span>
                          {t('indicatorPage.jakartaMark', {
                            value: formatIndicatorValue(indicator, jakarta.value, t.numberLocale),
                          })}
                        </p>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-2 text-tremor-label text-tremor-content">{t('indicatorPage.binNote')}</p>
          </div>
        )}
      </section>
    </Card>
  );
}
