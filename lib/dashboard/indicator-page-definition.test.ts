import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { findIndicator, INDICATORS, type Indicator } from '../indicators/catalogue';
import { firstSentence, indicatorTerms } from './indicator-page-definition';

describe('the definition of an indicator in words', () => {
  it.each(['id', 'en'] as const)('says what every share and ratio counts over what, in %s', (locale) => {
    const t = translator(locale);
    for (const indicator of INDICATORS) {
      const terms = indicatorTerms(indicator, t);
      if (indicator.kind === 'count') expect(terms, indicator.id).toBeUndefined();
      else {
        expect(terms?.numerator, indicator.id).not.toMatch(/^indicatorPage\./);
        expect(terms?.denominator, indicator.id).not.toMatch(/^indicatorPage\./);
      }
    }
  });

  it('reads the terms of safe water as a person says them', () => {
    expect(indicatorTerms(findIndicator('safe_water') as Indicator, translator('en'))).toEqual({
      numerator: 'families with safe drinking water',
      denominator: 'all families recorded',
    });
  });

  it('cuts a definition to its first sentence, keeping decimals whole', () => {
    expect(firstSentence('Dibagi 7,2 m². Kalimat kedua.')).toBe('Dibagi 7,2 m².');
    expect(firstSentence('Share of 7.2 m² per occupant. More.')).toBe('Share of 7.2 m² per occupant.');
    for (const indicator of INDICATORS)
      expect(firstSentence(indicator.definition.id).length).toBeGreaterThan(20);
  });
});
