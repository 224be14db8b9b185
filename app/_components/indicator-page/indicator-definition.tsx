import { Card } from '@tremor/react';
import { indicatorUnit } from '@/lib/dashboard/indicator-options';
import { indicatorDefinition, indicatorTerms } from '@/lib/dashboard/indicator-page-definition';
import { formatCount } from '@/lib/format';
import type { Translate } from '@/lib/i18n/translate';
import type { Indicator } from '@/lib/indicators/catalogue';

function Term({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-x-4 gap-y-0.5 py-2 sm:grid-cols-[14rem_minmax(0,1fr)]">
      <dt className="text-tremor-content">{label}</dt>
      <dd className="min-w-0 text-tremor-content-strong">{children}</dd>
    </div>
  );
}

/**
 * What the indicator counts over what, in words and as a formula, its unit and direction, the fields of
 * the Dasawisma records it comes from, and how it is summed and withheld.
 */
export function IndicatorDefinition({
  indicator,
  minDenominator,
  t,
}: {
  indicator: Indicator;
  minDenominator: number;
  t: Translate;
}) {
  const terms = indicatorTerms(indicator, t);
  const unit = indicatorUnit(indicator, t);
  const formula =
    indicator.multiplier === 1
      ? t('indicatorPage.formula')
      : t('indicatorPage.formulaTimes', { multiplier: formatCount(indicator.multiplier, t.numberLocale) });
  return (
    <Card>
      <section aria-labelledby="definition-title" className="space-y-3">
        <h2 id="definition-title" className="text-tremor-title font-semibold text-tremor-content-strong">
          {t('indicatorPage.definition')}
        </h2>
        <p className="text-tremor-default text-tremor-content-emphasis">
          {indicatorDefinition(indicator, t)}
        </p>
        <dl className="divide-y divide-tremor-border border-y border-tremor-border text-tremor-default">
          {terms ? (
            <>
              <Term label={t('indicatorPage.numeratorLabel')}>{terms.numerator}</Term>
              <Term label={t('indicatorPage.denominatorLabel')}>{terms.denominator}</Term>
              <Term label={t('indicatorPage.formulaLabel')}>{formula}</Term>
            </>
          ) : (
            <Term label={t('indicatorPage.formulaLabel')}>{t('indicatorPage.countFormula')}</Term>
          )}
          <Term label={t('indicatorPage.unitLabel')}>{unit}</Term>
          <Term label={t('indicatorPage.directionLabel')}>
            {t(`indicatorPage.direction.${indicator.direction}`)}
          </Term>
          <Term label={t('indicatorPage.sourceLabel')}>
            <ul className="flex flex-wrap gap-1.5">
              {indicator.sourceFields.map((field) => (
                <li key={field}>
                  <code className="rounded bg-tremor-background-subtle px-1.5 py-0.5 text-tremor-label">
                    {field}
                  </code>
                </li>
              ))}
            </ul>
          </Term>
        </dl>
        <p className="text-tremor-label text-tremor-content">
          {terms
            ? `${t('indicatorPage.rollUp')} ${t('indicatorPage.suppressionRule', {
                min: formatCount(minDenominator, t.numberLocale),
              })}`
            : t('indicatorPage.countsShown')}
        </p>
      </section>
    </Card>
  );
}
