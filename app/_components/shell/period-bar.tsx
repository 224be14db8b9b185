import type { ReactNode } from 'react';
import { formatJakartaTime } from '@/lib/format';
import { getTranslator } from '@/lib/i18n/locale';
import type { PeriodRow } from '@/lib/queries/list-periods';
import { DataSourceNote, type PeriodSource } from './data-source-note';
import { PeriodPicker } from './period-picker';
import { readPeriods } from './read-periods';

function Bar({ children }: { children?: ReactNode }) {
  return (
    <div className="border-t border-tremor-border">
      <div className="mx-auto flex min-h-[3.25rem] max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
        {children}
      </div>
    </div>
  );
}

/** Holds the bar's height while the periods are read, so the page below does not jump. */
export function PeriodBarPlaceholder() {
  return <Bar />;
}

/**
 * The period picker and the note of where the data comes from. A database that cannot be read leaves the
 * shell standing with a note, so the page's own error message can say the rest.
 */
export async function PeriodBar() {
  const t = await getTranslator();
  let rows: PeriodRow[];
  try {
    rows = await readPeriods();
  } catch (error) {
    console.error('The shell could not read the periods:', error);
    return (
      <Bar>
        <p className="text-tremor-label text-tremor-content">{t('source.unavailable')}</p>
      </Bar>
    );
  }
  const sources: PeriodSource[] = rows.map((row) => ({
    period: row.period,
    synthetic: row.synthetic,
    lastImport: row.lastImportAt ? formatJakartaTime(row.lastImportAt, t.numberLocale) : null,
  }));
  return (
    <Bar>
      {rows.length > 0 ? <PeriodPicker periods={rows.map((row) => row.period)} /> : null}
      <DataSourceNote sources={sources} />
    </Bar>
  );
}
