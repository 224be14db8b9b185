import { Card } from '@tremor/react';
import type { ReactNode } from 'react';
import { getProfileFacts } from '@/lib/dashboard/profile';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { formatCalendarDate, formatCount } from '@/lib/format';
import type { Translate } from '@/lib/i18n/translate';
import { findIndicator, type Indicator } from '@/lib/indicators/catalogue';
import type { ShownValue } from '@/lib/indicators/present';
import type { RegionRow } from '@/lib/queries/list-regions';
import { valueText } from '../indicator/value-text';

function Fact({ term, value, note }: { term: string; value: string; note?: ReactNode }) {
  return (
    <div className="min-w-0">
      <dt className="text-tremor-label font-medium uppercase tracking-wide text-tremor-content-subtle">
        {term}
      </dt>
      <dd className="mt-1 text-tremor-title font-semibold text-tremor-content-strong">{value}</dd>
      {note ? <dd className="mt-0.5 text-tremor-label text-tremor-content">{note}</dd> : null}
    </div>
  );
}

function coverageNote(coverage: ShownValue, minDenominator: number, t: Translate): string {
  if (coverage.suppressed && coverage.denominator !== null)
    return t('value.suppressedWhy', {
      n: formatCount(coverage.denominator, t.numberLocale),
      min: formatCount(minDenominator, t.numberLocale),
    });
  if (coverage.numerator === null || coverage.denominator === null) return t('profile.coverageNoTarget');
  return t('profile.coverageOf', {
    recorded: formatCount(coverage.numerator, t.numberLocale),
    target: formatCount(coverage.denominator, t.numberLocale),
  });
}

/**
 * How complete and fresh the region's records of the periode are: coverage (families recorded over the
 * target), the last pendataan, and above a kelurahan how many of its kelurahan were recorded.
 */
export async function ProfileFacts({
  region,
  period,
  t,
}: {
  region: RegionRow;
  period: string;
  t: Translate;
}) {
  const { db } = await getDatabase();
  const { minDenominator } = readEnv();
  const { coverage, freshness, kelurahan } = await getProfileFacts(db, region, period, minDenominator);
  const coverageIndicator = findIndicator('coverage') as Indicator;
  const date = (iso: string) => formatCalendarDate(iso, t.numberLocale, 'long');
  const missing = kelurahan - freshness.kelurahanRecorded;
  return (
    <Card>
      <h2 className="sr-only">{t('profile.factsTitle')}</h2>
      <dl className="grid gap-4 sm:grid-cols-3" data-testid="profile-facts">
        <Fact
          term={t('profile.coverage')}
          value={valueText(coverageIndicator, coverage, t)}
          note={coverageNote(coverage, minDenominator, t)}
        />
        <Fact
          term={t('profile.lastPendataan')}
          value={freshness.lastPendataan ? date(freshness.lastPendataan) : t('profile.noPendataan')}
          note={
            kelurahan > 1 &&
            freshness.stalestPendataan &&
            freshness.stalestPendataan !== freshness.lastPendataan
              ? t('profile.stalestPendataan', { date: date(freshness.stalestPendataan) })
              : undefined
          }
        />
        {kelurahan > 1 ? (
          <Fact
            term={t('profile.kelurahanRecorded')}
            value={t('profile.countOf', {
              count: formatCount(freshness.kelurahanRecorded, t.numberLocale),
              of: formatCount(kelurahan, t.numberLocale),
            })}
            note={
              missing > 0 ? (
                <span className="font-medium text-orange-800">
                  {t('profile.kelurahanMissing', { count: formatCount(missing, t.numberLocale) })}
                </span>
              ) : (
                t('profile.kelurahanAll')
              )
            }
          />
        ) : null}
      </dl>
    </Card>
  );
}
