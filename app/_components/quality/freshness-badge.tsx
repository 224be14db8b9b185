import type { Freshness } from '@/lib/dashboard/quality-freshness';
import type { Translate } from '@/lib/i18n/translate';

// Orange for what needs a visit, as elsewhere for worse; the sign and the word carry it without colour.
const STYLE: Record<Freshness, { sign: string; className: string }> = {
  current: { sign: '✓', className: 'bg-blue-50 text-blue-800 ring-blue-200' },
  stale: { sign: '⚠', className: 'bg-orange-50 text-orange-800 ring-orange-200' },
  never: { sign: '✕', className: 'bg-orange-50 text-orange-800 ring-orange-200' },
};

/** Whether a kelurahan was recorded in the periode: up to date, stale, or never recorded. */
export function FreshnessBadge({ freshness, t }: { freshness: Freshness; t: Translate }) {
  const { sign, className } = STYLE[freshness];
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-tremor-small px-1.5 py-0.5 text-tremor-label font-medium ring-1 ring-inset ${className}`}
      data-freshness={freshness}
    >
      <span aria-hidden="true">{sign}</span>
      {t(`quality.status.${freshness}`)}
    </span>
  );
}
