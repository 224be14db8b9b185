import { Card } from '@tremor/react';
import { COUNT_KINDS, importTotals, shortSha } from '@/lib/dashboard/quality-imports';
import { formatCount, formatDuration, formatJakartaTime } from '@/lib/format';
import type { Translate } from '@/lib/i18n/translate';
import type { ImportLogRow } from '@/lib/queries/list-imports';
import { CardHeading } from './card-heading';
import { readImportHistory } from './read-quality';
import { SyntheticTag } from './synthetic-tag';

const cell = 'px-2 py-1.5 align-top';

function StatusCell({ row, t }: { row: ImportLogRow; t: Translate }) {
  if (row.status === 'processed')
    return (
      <span className="whitespace-nowrap text-tremor-content-strong">{t('quality.history.processed')}</span>
    );
  return (
    <span className="block min-w-[12rem]">
      <span className="font-medium text-orange-800">
        <span aria-hidden="true">✕ </span>
        {t('quality.history.refused')}
      </span>
      <span className="block text-tremor-label text-tremor-content">
        {t.locale === 'en' ? row.refusalEn : row.refusalId}
      </span>
    </span>
  );
}

function SourceCell({ row, t }: { row: ImportLogRow; t: Translate }) {
  const count = (value: number) => formatCount(value, t.numberLocale);
  return (
    <span className="block min-w-[10rem]">
      <span className="break-all font-medium text-tremor-content-strong">{row.sourceName}</span>
      {row.synthetic ? <SyntheticTag t={t} /> : null}
      <span className="block font-mono text-tremor-label text-tremor-content">
        {t('quality.history.sha', { sha: shortSha(row.sourceSha256) })}
      </span>
      {row.counts ? (
        <details className="text-tremor-label text-tremor-content">
          <summary className="cursor-pointer rounded-tremor-small focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand">
            {t('quality.history.perFile')}
          </summary>
          <ul>
            {Object.entries(row.counts).map(([file, counts]) => (
              <li key={file}>
                {t('quality.history.fileCounts', {
                  file,
                  accepted: count(counts.accepted),
                  replaced: count(counts.replaced),
                  unchanged: count(counts.unchanged),
                  rejected: count(counts.rejected),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </span>
  );
}

/** Every submission that reached the importer, newest first and at most a limited number, with its counts. */
export async function ImportHistoryCard({ t }: { t: Translate }) {
  const { rows, total } = await readImportHistory();
  const count = (value: number) => formatCount(value, t.numberLocale);
  return (
    <Card className="space-y-3 p-0 pb-4">
      <CardHeading title={t('quality.history.title')} inset>
        <p className="text-tremor-default text-tremor-content">{t('quality.history.scope')}</p>
        {total > rows.length ? (
          <p className="text-tremor-default text-tremor-content">
            {t('quality.history.limited', { shown: count(rows.length), total: count(total) })}
          </p>
        ) : null}
      </CardHeading>
      {rows.length === 0 ? (
        <p className="px-4 text-tremor-default text-tremor-content" data-testid="history-empty">
          {t.rich('quality.history.empty', {
            command: (
              <code className="rounded bg-tremor-background-subtle px-1">npm run data:import -- PATH</code>
            ),
          })}
        </p>
      ) : (
        <div className="relative overflow-x-auto px-2">
          <table className="w-full min-w-[60rem] text-left text-tremor-default" data-testid="import-history">
            <caption className="sr-only">{t('quality.history.caption')}</caption>
            <thead className="border-b border-tremor-border text-tremor-content">
              <tr>
                <th scope="col" className={`${cell} font-medium`}>
                  {t('quality.history.finished')}
                </th>
                <th scope="col" className={`${cell} font-medium`}>
                  {t('quality.history.source')}
                </th>
                <th scope="col" className={`${cell} font-medium`}>
                  {t('quality.history.status')}
                </th>
                <th scope="col" className={`${cell} font-medium`}>
                  {t('quality.history.periods')}
                </th>
                {COUNT_KINDS.map((kind) => (
                  <th key={kind} scope="col" className={`${cell} text-right font-medium`}>
                    {t(`quality.history.${kind}`)}
                  </th>
                ))}
                <th scope="col" className={`${cell} text-right font-medium`}>
                  {t('quality.history.warnings')}
                </th>
                <th scope="col" className={`${cell} text-right font-medium`}>
                  {t('quality.history.duration')}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-tremor-border">
              {rows.map((row) => {
                const totals = importTotals(row.counts);
                return (
                  <tr key={row.id} data-import={row.id} data-status={row.status}>
                    <td className={`${cell} min-w-[9rem] text-tremor-content`}>
                      {formatJakartaTime(row.finishedAt, t.numberLocale)}
                    </td>
                    <td className={cell}>
                      <SourceCell row={row} t={t} />
                    </td>
                    <td className={cell}>
                      <StatusCell row={row} t={t} />
                    </td>
                    <td className={`${cell} text-tremor-content`}>{row.periods.join(', ') || '–'}</td>
                    {COUNT_KINDS.map((kind) => (
                      <td key={kind} className={`${cell} text-right tabular-nums text-tremor-content-strong`}>
                        {row.counts ? count(totals[kind]) : '–'}
                      </td>
                    ))}
                    <td className={`${cell} text-right tabular-nums text-tremor-content`}>
                      {count(row.warnings)}
                    </td>
                    <td className={`${cell} whitespace-nowrap text-right tabular-nums text-tremor-content`}>
                      {formatDuration(row.durationMs, t.numberLocale)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
