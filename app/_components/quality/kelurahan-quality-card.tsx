import { Card } from '@tremor/react';
import { periodStart } from '@/lib/dashboard/quality-freshness';
import { COVERAGE } from '@/lib/dashboard/quality-kelurahan';
import { readEnv } from '@/lib/env';
import { formatCalendarDate, formatCount } from '@/lib/format';
import type { Translate } from '@/lib/i18n/translate';
import { TableDownloads } from '../ui/table-downloads';
import { CardHeading } from './card-heading';
import { KelurahanQualityTable } from './kelurahan-quality-table';
import { readKelurahanQuality } from './read-quality';

/** The kelurahan of Jakarta (or of one kota) with their coverage and freshness, the ones to chase first. */
export async function KelurahanQualityCard({
  period,
  city,
  t,
}: {
  period: string;
  /** The kota to list alone; all of Jakarta without one. */
  city: string | undefined;
  t: Translate;
}) {
  const all = await readKelurahanQuality(period);
  const rows = city ? all.filter((row) => row.cityCode === city) : all;
  return (
    <Card className="space-y-3 p-0 pb-4">
      <CardHeading title={t('quality.table.title')} inset>
        <p className="text-tremor-default text-tremor-content">{t('quality.table.intro')}</p>
        <p className="text-tremor-label text-tremor-content-subtle">
          {t('quality.table.count', { count: formatCount(rows.length, t.numberLocale) })}
        </p>
      </CardHeading>
      {rows.length === 0 ? (
        <p className="px-4 text-tremor-default text-tremor-content">{t('quality.table.empty')}</p>
      ) : (
        <>
          <TableDownloads
            download={{ route: 'values', indicator: COVERAGE.id, period, level: 'village', parent: city }}
            table={t('quality.table.title')}
            t={t}
            className="px-4"
          />
          <KelurahanQualityTable rows={rows} coverage={COVERAGE} />
        </>
      )}
      <p className="px-4 text-tremor-label text-tremor-content">
        {t('quality.table.suppressedNote', {
          min: formatCount(readEnv().minDenominator, t.numberLocale),
          start: formatCalendarDate(periodStart(period), t.numberLocale),
        })}
      </p>
    </Card>
  );
}
