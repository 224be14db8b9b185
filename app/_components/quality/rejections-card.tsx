import { Card } from '@tremor/react';
import type { ReactNode } from 'react';
import { getDatabase } from '@/lib/db/server';
import { formatCount, formatJakartaTime } from '@/lib/format';
import { periodLabel } from '@/lib/i18n/period-label';
import type { Translate } from '@/lib/i18n/translate';
import { listRejectionsByReason, type RejectionReasonCount } from '@/lib/queries/list-rejections-by-reason';
import { CardHeading } from './card-heading';
import { readRejectionsByImport } from './read-quality';
import { SyntheticTag } from './synthetic-tag';

/** A reason in the reader's language; an example when the rows' messages differ (naming a value or a line). */
function reasonText(reason: RejectionReasonCount, t: Translate): string {
  const message = t.locale === 'en' ? reason.reasonEn : reason.reasonId;
  return reason.messages > 1 ? t('quality.rejections.example', { message }) : message;
}

/** A line of a count list: what was counted, and how many rows it rejected. */
function CountedItem({ rows, t, children }: { rows: number; t: Translate; children: ReactNode }) {
  return (
    <li className="flex items-baseline justify-between gap-3 py-1.5">
      <span className="min-w-0">{children}</span>
      <span
        className="whitespace-nowrap font-medium tabular-nums text-tremor-content-strong"
        data-rows={rows}
      >
        {t('quality.rejections.rowCount', { count: formatCount(rows, t.numberLocale) })}
      </span>
    </li>
  );
}

/**
 * The rows of the periode that imports rejected, counted by reason (with file and column) and by import.
 * Only counts and reasons: the rows themselves are never stored.
 */
export async function RejectionsCard({ period, t }: { period: string; t: Translate }) {
  const { db } = await getDatabase();
  const [reasons, byImport] = await Promise.all([
    listRejectionsByReason(db, { period }),
    readRejectionsByImport(period),
  ]);
  return (
    <Card className="space-y-4">
      <CardHeading title={t('quality.rejections.title')}>
        <p className="text-tremor-default text-tremor-content">
          {t('quality.rejections.scope', { period: periodLabel(t, period) })}
        </p>
      </CardHeading>
      {reasons.length === 0 ? (
        <div data-testid="rejections-empty">
          <p className="font-medium text-tremor-content-strong">{t('quality.rejections.none')}</p>
          <p className="text-tremor-default text-tremor-content">{t('quality.rejections.noneDetail')}</p>
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
          <section className="min-w-0 space-y-2">
            <h3 className="text-tremor-default font-medium text-tremor-content-emphasis">
              {t('quality.rejections.byReason')}
            </h3>
            <ol
              className="divide-y divide-tremor-border"
              aria-label={t('quality.rejections.reasonCaption')}
              data-testid="rejections-by-reason"
            >
              {reasons.map((reason) => (
                <CountedItem
                  key={`${reason.reasonCode}-${reason.file}-${reason.column}`}
                  rows={reason.rows}
                  t={t}
                >
                  <span className="block text-tremor-content-strong">{reasonText(reason, t)}</span>
                  <span className="block break-all font-mono text-tremor-label text-tremor-content">
                    <span className="sr-only">{t('quality.rejections.where')}: </span>
                    {reason.file} · {reason.column}
                  </span>
                </CountedItem>
              ))}
            </ol>
          </section>
          <section className="min-w-0 space-y-2">
            <h3 className="text-tremor-default font-medium text-tremor-content-emphasis">
              {t('quality.rejections.byImport')}
            </h3>
            <ol className="divide-y divide-tremor-border" aria-label={t('quality.rejections.importCaption')}>
              {byImport.map((row) => (
                <CountedItem key={row.importId} rows={row.rows} t={t}>
                  <span className="block break-all font-medium text-tremor-content-strong">
                    {row.sourceName} {row.synthetic ? <SyntheticTag t={t} /> : null}
                  </span>
                  <span className="block text-tremor-label text-tremor-content">
                    {formatJakartaTime(row.finishedAt, t.numberLocale)}
                  </span>
                </CountedItem>
              ))}
            </ol>
          </section>
        </div>
      )}
    </Card>
  );
}
