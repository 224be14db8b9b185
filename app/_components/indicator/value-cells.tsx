import { formatCount } from '@/lib/format';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';
import type { ShownValue } from '@/lib/indicators/present';
import { ChangeBadge } from './change-badge';
import { valueText } from './value-text';

/** A region's value, its n and, where asked, its change, as the cells of a table row. */
export function ValueCells({
  indicator,
  row,
  showChange,
  t,
}: {
  indicator: Indicator;
  row: ShownValue & { change?: number | null };
  showChange: boolean;
  t: Translate;
}) {
  return (
    <>
      <td className="px-2 py-1.5 text-right tabular-nums text-tremor-content-strong">
        {valueText(indicator, row, t)}
      </td>
      <td className="px-2 py-1.5 text-right tabular-nums text-tremor-content">
        {row.denominator === null ? '–' : formatCount(row.denominator, t.numberLocale)}
      </td>
      {showChange ? (
        <td className="px-2 py-1.5 text-right">
          <ChangeBadge indicator={indicator} change={row.change ?? null} t={t} showVerdict={false} />
        </td>
      ) : null}
    </>
  );
}
