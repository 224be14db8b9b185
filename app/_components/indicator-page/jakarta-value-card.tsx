import { Card } from '@tremor/react';
import { readEnv } from '@/lib/env';
import { periodLabel } from '@/lib/i18n/period-label';
import { ChangeBadge } from '../indicator/change-badge';
import { valueText } from '../indicator/value-text';
import { type IndicatorWidgetProps, readIndicatorFigures } from './read-indicator-figures';
import { valueNote } from './value-note';

/** DKI Jakarta's value of the indicator in the periode, its n (or why it is withheld) and its change. */
export async function JakartaValueCard({ indicator, period, previous, t }: IndicatorWidgetProps) {
  const { jakarta } = await readIndicatorFigures(indicator.id, period, previous);
  const shown = jakarta ?? { numerator: null, denominator: null, value: null, suppressed: false };
  return (
    <Card decoration="top" decorationColor="blue">
      <h2 className="text-tremor-title font-semibold text-tremor-content-strong">
        {t('indicatorPage.jakartaTitle', { period: periodLabel(t, period) })}
      </h2>
      <p
        className="mt-2 text-2xl font-semibold tabular-nums text-tremor-content-strong sm:text-tremor-metric"
        data-testid="jakarta-value"
      >
        {valueText(indicator, shown, t)}
      </p>
      <p className="mt-1 text-tremor-default text-tremor-content">
        {valueNote(shown, t, readEnv().minDenominator)}
      </p>
      <p className="mt-3 flex flex-wrap items-center gap-1 text-tremor-default text-tremor-content">
        {previous ? (
          <>
            <ChangeBadge indicator={indicator} change={jakarta?.change ?? null} t={t} />
            <span>{t('change.since', { period: periodLabel(t, previous) })}</span>
          </>
        ) : (
          t('indicatorPage.noPrevious')
        )}
      </p>
    </Card>
  );
}
