import { downloadHref, type TableDownload } from '@/lib/export/download-links';
import type { Translate } from '@/lib/i18n/translate';

const LINK =
  'rounded-tremor-small text-tremor-brand underline-offset-2 hover:underline focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand';

const FORMATS = [
  { format: 'csv', text: 'tableExport.csv', label: 'tableExport.csvLabel' },
  { format: 'xlsx', text: 'tableExport.xlsx', label: 'tableExport.xlsxLabel' },
] as const;

/**
 * "Unduh CSV" and "Unduh XLSX" for a table: plain links to the API file of the same parameters the table
 * shows, so the file holds what the reader sees (unsorted). Server and client tables both pass their `t`.
 */
export function TableDownloads({
  download,
  table,
  t,
  className = '',
}: {
  download: TableDownload;
  /** The table's name, for screen readers: several tables on one page each get their own links. */
  table: string;
  t: Translate;
  className?: string;
}) {
  return (
    <div data-testid="table-downloads" className={`flex justify-end gap-4 text-tremor-label ${className}`}>
      {FORMATS.map(({ format, text, label }) => (
        <a
          key={format}
          href={downloadHref(download, format)}
          download
          aria-label={t(label, { table })}
          className={LINK}
        >
          {t(text)}
        </a>
      ))}
    </div>
  );
}
