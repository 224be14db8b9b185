import { Card } from '@tremor/react';
import { indicatorName } from '@/lib/dashboard/indicator-options';
import { getHeadlines } from '@/lib/dashboard/overview';
import type { ViewParams } from '@/lib/dashboard/view-params';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { formatCount } from '@/lib/format';
import { formatIndicatorValue } from '@/lib/format-indicator';
import type { Translate } from '@/lib/i18n/translate';
import { ChangeBadge } from '../indicator/change-badge';

/** Jakarta at a glance: the headline indicators of every theme, each with its n and its change. */
export async function HeadlineTiles({ view, t }: { view: ViewParams; t: Translate }) {
  const { db } = await getDatabase();
  const { previous } = view;
  const { minDenominator } = readEnv();
  const headlines = await getHeadlines(db, view.period, previous, minDenominator);
  return (
    <section aria-labelledby="headline-title">
      <h2 id="headline-title" className="mb-3 text-tremor-title font-semibold text-tremor-content-strong">
        {t('overview.headlines')}
      </h2>
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-3 xl:grid-cols-5">
        {headlines.map(({ indicator, shown, change }) => (
          <li key={indicator.id}>
            <Card className="h-full p-3 sm:p-4" decoration="top" decorationColor="blue">
              <p className="text-tremor-label uppercase tracking-wide text-tremor-content-subtle">
                {t(`theme.${indicator.theme}`)}
              </p>
              <h3 className="mt-1 text-tremor-default font-medium text-tremor-content-emphasis">
                {indicatorName(indicator, t)}
              </h3>
              <p
                className="mt-2 text-2xl font-semibold text-tremor-content-strong sm:text-tremor-metric"
                data-indicator={indicator.id}
              >
                {shown.value === null
                  ? shown.suppressed
                    ? t('value.suppressed')
                    : t('value.noData')
                  : formatIndicatorValue(indicator, shown.value, t.numberLocale)}
              </p>
              <p className="mt-1 text-tremor-label text-tremor-content">
                {shown.denominator === null
                  ? t('value.count')
                  : shown.suppressed
                    ? t('value.suppressedWhy', {
                        n: formatCount(shown.denominator, t.numberLocale),
                        min: formatCount(minDenominator, t.numberLocale),
                      })
                    : t('value.n', { n: formatCount(shown.denominator, t.numberLocale) })}
              </p>
              {previous ? (
                <p className="mt-2 flex flex-wrap items-center gap-1 text-tremor-label text-tremor-content">
                  <ChangeBadge indicator={indicator} change={change} t={t} />
                  <span>{t('change.since', { period: previous })}</span>
                </p>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
