import Link from 'next/link';
import { indicatorName } from '@/lib/dashboard/indicator-options';
import type { ProfileRow, ProfileTheme } from '@/lib/dashboard/profile';
import { formatCount } from '@/lib/format';
import type { Translate } from '@/lib/i18n/translate';
import { ChangeBadge } from '../indicator/change-badge';
import { valueText } from '../indicator/value-text';
import { Sparkline } from './sparkline';

/** Which columns a profile's tables have: a region has no rank or Jakarta column when it is Jakarta. */
export type ThemeColumns = {
  /** The heading of the rank column (`Peringkat di Jakarta Pusat`); no column without one. */
  rank: string | undefined;
  /** The name of the parent's column; none where the parent is the province. */
  parent: string | undefined;
  /** The name of the province's column; none on the province's profile. */
  province: string | undefined;
  /** Whether there is a previous periode to measure change from. */
  change: boolean;
};

const CELL = 'px-2 py-2 align-top';
const NUMBER = `${CELL} text-right tabular-nums`;

/** An empty cell that a screen reader still reads as "none". */
function Nothing({ t }: { t: Translate }) {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">{t('profile.none')}</span>
    </>
  );
}

/** The indicator's name, a link to its page, and below it why its value is withheld when it is. */
function NameCell({ row, minDenominator, t }: { row: ProfileRow; minDenominator: number; t: Translate }) {
  const { shown } = row;
  return (
    <th scope="row" className={`${CELL} sticky left-0 z-10 bg-white font-medium`}>
      <Link
        href={`/indikator/${row.indicator.id}`}
        prefetch={false}
        className="text-tremor-content-strong underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
      >
        {indicatorName(row.indicator, t)}
      </Link>
      {shown.suppressed && shown.denominator !== null ? (
        <span className="mt-0.5 block text-tremor-label font-normal text-tremor-content" data-withheld>
          {t('value.suppressedWhy', {
            n: formatCount(shown.denominator, t.numberLocale),
            min: formatCount(minDenominator, t.numberLocale),
          })}
        </span>
      ) : null}
    </th>
  );
}

/** The widths in rem of the columns after the first, so that every theme's table lines up with the others. */
function columnWidths(columns: ThemeColumns): number[] {
  return [
    6,
    5,
    ...(columns.change ? [11] : []),
    ...(columns.rank ? [8] : []),
    ...(columns.parent ? [7] : []),
    ...(columns.province ? [7] : []),
    7,
  ];
}

/** The narrowest the indicator's name may get before the table scrolls sideways. */
const NAME_MIN_WIDTH = 11;

/**
 * The indicators of one theme for a region: value, n (or why it is withheld), change, rank among its
 * siblings, its parent's and Jakarta's value, and a small trend that shows the indicator's chart.
 */
export function ThemeTable({
  theme,
  columns,
  marked,
  minDenominator,
  trendHref,
  t,
}: {
  theme: ProfileTheme;
  columns: ThemeColumns;
  /** The position of the shown periode among the periods of the small trends. */
  marked: number;
  minDenominator: number;
  trendHref: (indicator: string) => string;
  t: Translate;
}) {
  const headings = [
    t('table.value'),
    t('table.n'),
    ...(columns.change ? [t('table.change')] : []),
    ...(columns.rank ? [columns.rank] : []),
    ...(columns.parent ? [columns.parent] : []),
    ...(columns.province ? [columns.province] : []),
  ];
  const widths = columnWidths(columns);
  const minWidth = widths.reduce((sum, width) => sum + width, NAME_MIN_WIDTH);
  return (
    <div className="relative overflow-x-auto">
      <table
        className="w-full table-fixed text-left text-tremor-default"
        style={{ minWidth: `${minWidth}rem` }}
        data-theme={theme.theme}
      >
        <caption className="sr-only">
          {t('profile.themeCaption', { theme: t(`theme.${theme.theme}`) })}
        </caption>
        <colgroup>
          <col />
          {widths.map((width, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: columns have no identity beyond their place
            <col key={index} style={{ width: `${width}rem` }} />
          ))}
        </colgroup>
        <thead className="border-b border-tremor-border text-tremor-label text-tremor-content">
          <tr>
            <th scope="col" className={`${CELL} sticky left-0 z-10 bg-white font-medium`}>
              {t('profile.column.indicator')}
            </th>
            {headings.map((heading) => (
              <th key={heading} scope="col" className={`${CELL} text-right font-medium`}>
                {heading}
              </th>
            ))}
            <th scope="col" className={`${CELL} font-medium`}>
              {t('profile.column.trend')}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-tremor-border">
          {theme.rows.map((row) => (
            <tr key={row.indicator.id} data-indicator={row.indicator.id}>
              <NameCell row={row} minDenominator={minDenominator} t={t} />
              <td className={`${NUMBER} font-semibold text-tremor-content-strong`} data-value>
                {valueText(row.indicator, row.shown, t)}
              </td>
              <td className={`${NUMBER} text-tremor-content`}>
                {row.shown.denominator === null ? (
                  <Nothing t={t} />
                ) : (
                  formatCount(row.shown.denominator, t.numberLocale)
                )}
              </td>
              {columns.change ? (
                <td className={`${CELL} text-right`}>
                  <ChangeBadge indicator={row.indicator} change={row.change} t={t} />
                </td>
              ) : null}
              {columns.rank ? (
                <td className={`${NUMBER} text-tremor-content`} data-rank>
                  {row.rank ? (
                    t('profile.rankOf', {
                      rank: formatCount(row.rank.rank, t.numberLocale),
                      of: formatCount(row.rank.of, t.numberLocale),
                    })
                  ) : (
                    <Nothing t={t} />
                  )}
                </td>
              ) : null}
              {row.parent ? (
                <td className={`${NUMBER} text-tremor-content`}>{valueText(row.indicator, row.parent, t)}</td>
              ) : null}
              {row.province ? (
                <td className={`${NUMBER} text-tremor-content`}>
                  {valueText(row.indicator, row.province, t)}
                </td>
              ) : null}
              <td className={CELL}>
                {row.series.some((value) => value !== null) ? (
                  <Link
                    href={trendHref(row.indicator.id)}
                    aria-label={t('profile.showTrend', { indicator: indicatorName(row.indicator, t) })}
                    className="inline-block rounded-tremor-small p-0.5 hover:bg-tremor-background-subtle focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
                  >
                    <Sparkline values={row.series} marked={marked} />
                  </Link>
                ) : (
                  <Nothing t={t} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
