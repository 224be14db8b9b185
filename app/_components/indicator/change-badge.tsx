import { formatIndicatorChange, shownChange } from '@/lib/format-indicator';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';
import { type ChangeVerdict, judgeChange } from '@/lib/indicators/present';

// Blue for better and orange for worse stay apart for colour-blind readers; the arrow and the word carry
// the meaning without colour.
const STYLE: Record<ChangeVerdict, string> = {
  better: 'bg-blue-50 text-blue-800 ring-blue-200',
  worse: 'bg-orange-50 text-orange-800 ring-orange-200',
  unchanged: 'bg-slate-50 text-slate-700 ring-slate-200',
  neutral: 'bg-slate-50 text-slate-700 ring-slate-200',
};

const ARROW = (change: number) => (change > 0 ? '▲' : change < 0 ? '▼' : '■');

/** The change since an earlier periode, with an arrow, its size, and whether that is better or worse. */
export function ChangeBadge({
  indicator,
  change: exact,
  t,
  showVerdict = true,
}: {
  indicator: Indicator;
  change: number | null;
  t: Translate;
  /** Where a heading already says better or worse, the word is left to screen readers. */
  showVerdict?: boolean;
}) {
  if (exact === null)
    return <span className="text-tremor-label text-tremor-content-subtle">{t('change.none')}</span>;
  const change = shownChange(indicator, exact);
  const verdict = judgeChange(indicator, change);
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-tremor-small px-1.5 py-0.5 text-tremor-label font-medium ring-1 ring-inset ${STYLE[verdict]}`}
    >
      <span aria-hidden="true">{ARROW(change)}</span>
      {formatIndicatorChange(indicator, change, t('change.points'), t.numberLocale)}
      <span className={showVerdict ? 'sr-only sm:not-sr-only' : 'sr-only'}>· {t(`change.${verdict}`)}</span>
    </span>
  );
}
