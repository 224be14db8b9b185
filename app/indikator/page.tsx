import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { parseViewParams } from '@/lib/dashboard/view-params';
import { formatCount } from '@/lib/format';
import { getLocale } from '@/lib/i18n/locale';
import { periodLabel } from '@/lib/i18n/period-label';
import { translator } from '@/lib/i18n/translate';
import { INDICATORS, THEMES } from '@/lib/indicators/catalogue';
import { IndicatorIndex, themeAnchor } from '../_components/indicator-page/indicator-index';
import { TEXT_LINK } from '../_components/indicator-page/indicator-links';
import { readPeriods } from '../_components/shell/read-periods';
import { CardSkeleton } from '../_components/ui/card-skeleton';
import { WidgetBoundary } from '../_components/ui/widget-boundary';

export const dynamic = 'force-dynamic';

type PageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata() {
  const t = translator(await getLocale());
  return { title: t('indicatorPage.title') };
}

export default async function IndicatorIndexPage({ searchParams }: PageProps) {
  const t = translator(await getLocale());
  const periods = await readPeriods();
  const view = parseViewParams(await searchParams, periods);
  if (periods.length > 0 && !view) notFound();
  const count = formatCount(INDICATORS.length, t.numberLocale);
  return (
    <div className="space-y-6">
      <div className="space-y-2">
        <h1 className="text-xl font-semibold text-tremor-content-strong">{t('indicatorPage.title')}</h1>
        <p className="max-w-3xl text-tremor-default text-tremor-content">
          {view
            ? t('indicatorPage.intro', { count, period: periodLabel(t, view.period) })
            : t('indicatorPage.introNoData', { count })}
        </p>
        <nav aria-label={t('indicatorPage.themes')}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-tremor-default">
            {THEMES.map((theme) => (
              <li key={theme}>
                <a href={`#${themeAnchor(theme)}`} className={TEXT_LINK}>
                  {t(`theme.${theme}`)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <WidgetBoundary key={`index-${view?.period}`}>
        <Suspense key={`index-${view?.period}`} fallback={<CardSkeleton title={t('indicatorPage.title')} />}>
          <IndicatorIndex view={view} t={t} />
        </Suspense>
      </WidgetBoundary>
    </div>
  );
}
