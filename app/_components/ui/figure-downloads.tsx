import { type ExportQuery, figureHref } from '@/lib/figures/figure-links';
import type { Translate } from '@/lib/i18n/translate';

const ITEM =
  'block px-3 py-2 text-tremor-default text-tremor-content-emphasis hover:bg-tremor-background-subtle focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand';

/**
 * The download menu of a chart or map: PNG at twice the size and SVG, drawn on the server from the same
 * values (with title, legend and source), so no script is needed to open it.
 */
export function FigureDownloads({
  kind,
  query,
  label,
  t,
}: {
  kind: 'map' | 'trend' | 'histogram';
  query: ExportQuery;
  /** What is downloaded, for screen readers: the chart's title. */
  label: string;
  t: Translate;
}) {
  return (
    <details className="relative shrink-0" data-testid="figure-downloads">
      <summary
        aria-label={t('export.downloadLabel', { what: label })}
        className="cursor-pointer list-none rounded-tremor-small border border-tremor-border px-2.5 py-1 text-tremor-label font-medium text-tremor-content-emphasis hover:bg-tremor-background-subtle focus-visible:outline focus-visible:outline-2 focus-visible:outline-tremor-brand"
      >
        {t('export.download')} <span aria-hidden="true">▾</span>
      </summary>
      <ul className="absolute right-0 z-[1100] mt-1 w-44 rounded-tremor-small border border-tremor-border bg-white py-1 shadow-tremor-dropdown">
        <li>
          <a className={ITEM} href={figureHref(kind, 'png', query)} download>
            {t('export.png')}
          </a>
        </li>
        <li>
          <a className={ITEM} href={figureHref(kind, 'svg', query)} download>
            {t('export.svg')}
          </a>
        </li>
      </ul>
    </details>
  );
}
