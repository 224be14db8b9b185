import { Card } from '@tremor/react';
import type { ReactNode } from 'react';
import { periodStart } from '@/lib/dashboard/quality-freshness';
import { COVERAGE } from '@/lib/dashboard/quality-kelurahan';
import { readEnv } from '@/lib/env';
import { formatCalendarDate, formatCount, formatJakartaDate, formatJakartaTime } from '@/lib/format';
import { formatIndicatorValue } from '@/lib/format-indicator';
import type { Translate } from '@/lib/i18n/translate';
import {
  readImportHistory,
  readJakartaCoverage,
  readKelurahanQuality,
  readRejectionsByImport,
} from './read-quality';

type TileProps = { label: string; figure: string; testId: string; worse?: boolean; children: ReactNode };

/** One figure with its label and a line of context; orange (and a warning sign) where it calls for action. */
function Tile({ label, figure, testId, worse = false, children }: TileProps) {
  return (
    <li>
      <Card className="h-full p-3 sm:p-4" decoration="top" decorationColor={worse ? 'orange' : 'blue'}>
        <h3 className="text-tremor-default font-medium text-tremor-content-emphasis">{label}</h3>
        <p className="mt-2 flex items-baseline gap-2 text-2xl font-semibold text-tremor-content-strong sm:text-tremor-metric">
          {worse ? (
            <span aria-hidden="true" className="text-xl text-orange-700">
              ⚠
            </span>
          ) : null}
          <span data-testid={testId}>{figure}</span>
        </p>
        <div className="mt-1 space-y-1 text-tremor-label text-tremor-content">{children}</div>
      </Card>
    </li>
  );
}

/**
 * The data quality of the periode at a glance: Jakarta's coverage, the kelurahan still to visit, the rows
 * rejected and the last import.
 */
export async function QualityTiles({ period, t }: { period: string; t: Translate }) {
  const [coverage, kelurahan, rejections, history] = await Promise.all([
    readJakartaCoverage(period),
    readKelurahanQuality(period),
    readRejectionsByImport(period),
    readImportHistory(),
  ]);
  const count = (value: number) => formatCount(value, t.numberLocale);
  const minDenominator = readEnv().minDenominator;
  const stale = kelurahan.filter((row) => row.freshness === 'stale').length;
  const never = kelurahan.filter((row) => row.freshness === 'never').length;
  const rejected = rejections.reduce((sum, row) => sum + row.rows, 0);
  const last = history.rows[0];
  return (
    <section aria-labelledby="quality-tiles-title">
      <h2 id="quality-tiles-title" className="sr-only">
        {t('quality.tiles.title')}
      </h2>
      <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-4">
        <Tile
          label={t('quality.tiles.coverage')}
          testId="tile-coverage"
          figure={
            coverage.value !== null
              ? formatIndicatorValue(COVERAGE, coverage.value, t.numberLocale)
              : t(coverage.suppressed ? 'value.suppressed' : 'value.noData')
          }
        >
          <p>
            {coverage.numerator !== null && coverage.denominator !== null
              ? t('quality.tiles.coverageFamilies', {
                  families: count(coverage.numerator),
                  target: count(coverage.denominator),
                })
              : coverage.suppressed
                ? t('value.suppressedWhy', {
                    n: count(coverage.denominator ?? 0),
                    min: count(minDenominator),
                  })
                : t('quality.tiles.coverageNone')}
          </p>
        </Tile>
        <Tile
          label={t('quality.tiles.toVisit')}
          testId="tile-to-visit"
          figure={count(stale + never)}
          worse={stale + never > 0}
        >
          <p>{t('quality.tiles.toVisitOf', { total: count(kelurahan.length) })}</p>
          {stale > 0 ? (
            <p>
              {t('quality.tiles.stale', {
                count: count(stale),
                start: formatCalendarDate(periodStart(period), t.numberLocale),
              })}
            </p>
          ) : null}
          {never > 0 ? <p>{t('quality.tiles.never', { count: count(never) })}</p> : null}
          {stale + never === 0 ? <p>{t('quality.tiles.toVisitNone')}</p> : null}
        </Tile>
        <Tile
          label={t('quality.tiles.rejected')}
          testId="tile-rejected"
          figure={count(rejected)}
          worse={rejected > 0}
        >
          <p>
            {rejected > 0
              ? t('quality.tiles.rejectedDetail', { imports: count(rejections.length) })
              : t('quality.rejections.none')}
          </p>
        </Tile>
        <Tile
          label={t('quality.tiles.lastImport')}
          testId="tile-last-import"
          figure={last ? formatJakartaDate(last.finishedAt, t.numberLocale) : '–'}
        >
          {last ? (
            <>
              <p>{formatJakartaTime(last.finishedAt, t.numberLocale)}</p>
              <p className="break-all">
                {last.sourceName} ·{' '}
                {t(last.status === 'processed' ? 'quality.history.processed' : 'quality.history.refused')}
              </p>
            </>
          ) : (
            <p>{t('quality.tiles.noImport')}</p>
          )}
        </Tile>
      </ul>
    </section>
  );
}
