import { Card } from '@tremor/react';
import { getRegionProfile } from '@/lib/dashboard/profile';
import { type Lineage, parentOf, profiled, rankScope } from '@/lib/dashboard/profile-region';
import { regionLabel } from '@/lib/dashboard/region-label';
import type { ViewParams } from '@/lib/dashboard/view-params';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { periodLabel } from '@/lib/i18n/period-label';
import type { Translate } from '@/lib/i18n/translate';
import { TableDownloads } from '../ui/table-downloads';
import { type ThemeColumns, ThemeTable } from './theme-table';

/** The columns of the region's tables, named after its parent, its rank scope and Jakarta. */
function columnsOf(lineage: Lineage, view: ViewParams, t: Translate): ThemeColumns {
  const region = profiled(lineage);
  const parent = parentOf(lineage);
  const scope = rankScope(lineage);
  return {
    rank: scope ? t('profile.column.rank', { scope: regionLabel(scope, t) }) : undefined,
    parent: parent && parent.level !== 'province' ? regionLabel(parent, t) : undefined,
    province: region.level === 'province' ? undefined : regionLabel(lineage[0] ?? region, t),
    change: view.previous !== undefined,
  };
}

/**
 * Every indicator of the region in the periode, one table per theme, with how to read the change and
 * the rank; says so when the region has no records in the periode.
 */
export async function ProfileIndicators({
  lineage,
  view,
  periods,
  trendHref,
  t,
}: {
  lineage: Lineage;
  view: ViewParams;
  periods: string[];
  trendHref: (indicator: string) => string;
  t: Translate;
}) {
  const { db } = await getDatabase();
  const { minDenominator } = readEnv();
  const { period, previous } = view;
  const themes = await getRegionProfile(db, { lineage, period, previous, periods }, minDenominator);
  const region = profiled(lineage);
  const scope = rankScope(lineage);
  const recorded = themes.some((theme) =>
    theme.rows.some((row) => row.shown.value !== null || row.shown.suppressed),
  );
  const columns = columnsOf(lineage, view, t);
  return (
    <section aria-labelledby="profile-indicators-title" className="space-y-4">
      <div className="space-y-1">
        <h2
          id="profile-indicators-title"
          className="text-tremor-title font-semibold text-tremor-content-strong"
        >
          {t('profile.indicatorsTitle', { period: periodLabel(t, period) })}
        </h2>
        <p className="text-tremor-default text-tremor-content">
          {previous
            ? t('profile.indicatorsNote', { previous: periodLabel(t, previous) })
            : t('profile.indicatorsNoPrevious')}
        </p>
        <p className="text-tremor-label text-tremor-content lg:hidden">{t('profile.scrollHint')}</p>
        <TableDownloads
          download={{ route: 'region-values', region: [region.code], period, compare: previous }}
          table={t('tableExport.profileTable', { region: regionLabel(region, t) })}
          t={t}
        />
      </div>
      {recorded ? null : (
        <p
          role="status"
          className="rounded-tremor-default border border-tremor-border bg-white p-4 text-tremor-default"
        >
          {t('profile.noRecords', { name: regionLabel(region, t) })}
        </p>
      )}
      {themes.map((theme) => (
        <Card key={theme.theme} className="p-0">
          <h3 className="px-4 pt-4 text-tremor-default font-semibold text-tremor-content-strong">
            {t(`theme.${theme.theme}`)}
          </h3>
          <div className="px-2 pb-2 pt-1">
            <ThemeTable
              theme={theme}
              columns={columns}
              marked={periods.indexOf(period)}
              minDenominator={minDenominator}
              trendHref={trendHref}
              t={t}
            />
          </div>
        </Card>
      ))}
      {scope && region.level !== 'province' ? (
        <p className="text-tremor-label text-tremor-content">
          {t(`profile.rankNote.${region.level}`, { scope: regionLabel(scope, t) })}
        </p>
      ) : null}
    </section>
  );
}
