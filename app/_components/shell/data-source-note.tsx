'use client';

import { useTranslate } from '@/lib/i18n/translation-provider';
import { useSelectedPeriod } from './use-selected-period';

/** Where one period's figures come from; `lastImport` is already written in the reader's language. */
export type PeriodSource = { period: string; synthetic: boolean; lastImport: string | null };

/** Says whether the figures of the chosen period are the synthetic demo or imported records, and from when. */
export function DataSourceNote({ sources }: { sources: PeriodSource[] }) {
  const t = useTranslate();
  const selected = useSelectedPeriod(sources.map((source) => source.period));
  const source = sources.find((candidate) => candidate.period === selected);
  if (!source) return <SourceBadge>{t('source.none')}</SourceBadge>;
  if (source.synthetic)
    return (
      <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-tremor-label text-tremor-content">
        <span className="inline-flex items-center gap-1.5 rounded-tremor-full border border-amber-300 bg-amber-50 px-2.5 py-0.5 font-medium text-amber-900">
          <span aria-hidden="true" className="h-1.5 w-1.5 rounded-tremor-full bg-amber-600" />
          {t('source.synthetic')}
        </span>
        <span>{t('source.syntheticHint')}</span>
      </p>
    );
  return (
    <SourceBadge>
      {source.lastImport ? t('source.lastImport', { date: source.lastImport }) : t('source.imported')}
    </SourceBadge>
  );
}

function SourceBadge({ children }: { children: string }) {
  return (
    <p className="rounded-tremor-full border border-tremor-border bg-tremor-background-muted px-2.5 py-0.5 text-tremor-label font-medium text-tremor-content-emphasis">
      {children}
    </p>
  );
}
