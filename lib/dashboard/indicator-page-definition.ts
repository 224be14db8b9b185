import type { Messages } from '../i18n/messages';
import type { Translate } from '../i18n/translate';
import type { Indicator } from '../indicators/catalogue';

type TermKey = Extract<keyof Messages, `indicatorPage.${'numerator' | 'denominator'}.${string}`>;

/** The indicator's definition in the reader's language. */
export const indicatorDefinition = (indicator: Indicator, t: Translate) =>
  t.locale === 'en' ? indicator.definition.en : indicator.definition.id;

/** The first sentence of a definition: what the index lists in one line. */
export function firstSentence(text: string): string {
  return text.split(/(?<=\.)\s/)[0] ?? text;
}

/**
 * What a share or a ratio counts and what it divides by, in words (`keluarga dengan sumber air minum
 * layak` over `seluruh keluarga yang didata`); nothing for a count, which has no denominator.
 */
export function indicatorTerms(
  indicator: Indicator,
  t: Translate,
): { numerator: string; denominator: string } | undefined {
  if (indicator.kind === 'count') return undefined;
  const term = (part: 'numerator' | 'denominator') => `indicatorPage.${part}.${indicator.id}` as TermKey;
  return { numerator: t(term('numerator')), denominator: t(term('denominator')) };
}
