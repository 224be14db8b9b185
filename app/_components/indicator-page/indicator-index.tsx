import { Card } from '@tremor/react';
import Link from 'next/link';
import { indicatorName } from '@/lib/dashboard/indicator-options';
import { firstSentence, indicatorDefinition } from '@/lib/dashboard/indicator-page-definition';
import { getHeadlines, type Headline } from '@/lib/dashboard/overview';
import type { ViewParams } from '@/lib/dashboard/view-params';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { PROVINCE_CODE } from '@/lib/geo/region-codes';
import type { Translate } from '@/lib/i18n/translate';
import { INDICATOR_IDS, INDICATORS, type Indicator, THEMES } from '@/lib/indicators/catalogue';
import { ChangeBadge } from '../indicator/change-badge';
import { valueText } from '../indicator/value-text';
import { TableDownloads } from '../ui/table-downloads';
import { indicatorHref, indicatorMapHref, TEXT_LINK } from './indicator-links';
import { valueNote } from './value-note';

/** The anchor of a theme's section, for the links at the top of the index. */
export const themeAnchor = (theme: string) => `tema-${theme}`;

function JakartaFigure({ headline, view, t }: { headline: Headline; view: ViewParams; t: Translate }) {
  const { indicator, shown, change } = headline;
  return (
    <div className="shrink-0 sm:w-60 sm:text-right">
      <p
        className="text-lg font-semibold tabular-nums text-tremor-content-strong"
        data-indicator={indicator.id}
      >
        {valueText(indicator, shown, t)}
      </p>
      <p className="text-tremor-label text-tremor-content">{valueNote(shown, t, readEnv().minDenominator)}</p>
      {view.previous ? (
        <p className="mt-1 flex flex-wrap items-center gap-1 text-tremor-label text-tremor-content sm:justify-end">
          <ChangeBadge indicator={indicator} change={change} t={t} showVerdict={false} />
          <span>{t('change.since', { period: view.previous })}</span>
        </p>
      ) : null}
    </div>
  );
}

function IndicatorItem({
  indicator,
  headline,
  view,
  t,
}: {
  indicator: Indicator;
  headline: Headline | undefined;
  view: ViewParams | undefined;
  t: Translate;
}) {
  const name = indicatorName(indicator, t);
  return (
    <li className="flex flex-col gap-2 py-3 sm:flex-row sm:items-start sm:justify-between sm:gap-6">
      <div className="min-w-0 space-y-1">
        <h3 className="text-tremor-default font-semibold">
          <Link href={indicatorHref(indicator.id, view?.period)} prefetch={false} className={TEXT_LINK}>
            {name}
          </Link>
        </h3>
        <p className="text-tremor-default text-tremor-content">
          {firstSentence(indicatorDefinition(indicator, t))}
        </p>
        <p className="text-tremor-label text-tremor-content">
          {indicator.direction === 'neutral'
            ? t('indicatorPage.neutralShort')
            : t(`indicatorPage.direction.${indicator.direction}`)}{' '}
          ·{' '}
          <Link href={indicatorMapHref(indicator.id, view?.period)} prefetch={false} className={TEXT_LINK}>
            {t('indicatorPage.onMap')}
            <span className="sr-only">: {name}</span>
          </Link>
        </p>
      </div>
      {headline && view ? <JakartaFigure headline={headline} view={view} t={t} /> : null}
    </li>
  );
}

/**
 * Every indicator of the catalogue by theme, each with its definition in one line, links to its page and
 * its map, and DKI Jakarta's value, n and change in the periode (without a periode, no values).
 */
export async function IndicatorIndex({ view, t }: { view: ViewParams | undefined; t: Translate }) {
  const headlines = view
    ? await getHeadlines(
        (await getDatabase()).db,
        view.period,
        view.previous,
        readEnv().minDenominator,
        INDICATOR_IDS,
      )
    : [];
  const byId = new Map(headlines.map((headline) => [headline.indicator.id, headline]));
  return (
    <div className="space-y-6">
      {view ? (
        <TableDownloads
          download={{
            route: 'region-values',
            region: [PROVINCE_CODE],
            period: view.period,
            compare: view.previous,
          }}
          table={t('tableExport.indexTable')}
          t={t}
        />
      ) : null}
      {THEMES.map((theme) => {
        const indicators = INDICATORS.filter((indicator) => indicator.theme === theme);
        return (
          <Card key={theme} id={themeAnchor(theme)} className="scroll-mt-4">
            <section aria-labelledby={`${themeAnchor(theme)}-title`}>
              <h2
                id={`${themeAnchor(theme)}-title`}
                className="text-tremor-title font-semibold text-tremor-content-strong"
              >
                {t(`theme.${theme}`)}
              </h2>
              <ul
                className="mt-1 divide-y divide-tremor-border"
                aria-label={t('indicatorPage.listLabel', { theme: t(`theme.${theme}`) })}
              >
                {indicators.map((indicator) => (
                  <IndicatorItem
                    key={indicator.id}
                    indicator={indicator}
                    headline={byId.get(indicator.id)}
                    view={view}
                    t={t}
                  />
                ))}
              </ul>
            </section>
          </Card>
        );
      })}
    </div>
  );
}
