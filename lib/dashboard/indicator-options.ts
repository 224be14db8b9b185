import type { Translate } from '../i18n/translate';
import { INDICATORS, type Indicator, THEMES, type Theme } from '../indicators/catalogue';

export type IndicatorOptionGroup = { label: string; options: { value: string; label: string }[] };

/** The indicator's name in the reader's language. */
export const indicatorName = (indicator: Indicator, t: Translate) =>
  t.locale === 'en' ? indicator.name.en : indicator.name.id;

/** The indicator's unit in the reader's language: `%`, `keluarga` / `families`. */
export const indicatorUnit = (indicator: Indicator, t: Translate) =>
  t.locale === 'en' ? indicator.unit.en : indicator.unit.id;

/** The indicators of each theme (or of one), as the pickers list them. */
export function indicatorGroups(t: Translate, only?: Theme): IndicatorOptionGroup[] {
  return THEMES.filter((theme) => !only || theme === only).map((theme) => ({
    label: t(`theme.${theme}`),
    options: INDICATORS.filter((indicator) => indicator.theme === theme).map((indicator) => ({
      value: indicator.id,
      label: indicatorName(indicator, t),
    })),
  }));
}
