import type { Translate } from '@/lib/i18n/translate';

/** Marks an import of the synthetic demo, so that its figures are never taken for real records. */
export function SyntheticTag({ t }: { t: Translate }) {
  return (
    <span className="ml-1 inline-block whitespace-nowrap rounded-tremor-full border border-amber-300 bg-amber-50 px-2 py-0.5 text-tremor-label font-medium text-amber-900">
      {t('quality.history.synthetic')}
    </span>
  );
}
