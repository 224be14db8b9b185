import { describe, expect, it } from 'vitest';
import { formatIndicatorChange, formatIndicatorValue, shownChange } from './format-indicator';
import { findIndicator, type Indicator } from './indicators/catalogue';

const indicator = (id: string) => findIndicator(id) as Indicator;

describe('formatIndicatorValue', () => {
  it('writes shares, ratios and counts as Jakarta reads them, or in English style', () => {
    expect(formatIndicatorValue(indicator('safe_water'), 82.2666)).toBe('82,3%');
    expect(formatIndicatorValue(indicator('safe_water'), 82.2666, 'en-GB')).toBe('82.3%');
    expect(formatIndicatorValue(indicator('family_size'), 3.2149)).toBe('3,21');
    expect(formatIndicatorValue(indicator('population'), 11038216)).toBe('11.038.216');
    expect(formatIndicatorValue(indicator('population'), 11038216, 'en-GB')).toBe('11,038,216');
  });
});

describe('formatIndicatorChange', () => {
  it('signs the change and names percentage points for a share', () => {
    expect(formatIndicatorChange(indicator('safe_water'), 1.234, 'poin')).toBe('+1,2 poin');
    expect(formatIndicatorChange(indicator('safe_water'), -0.26, 'pts', 'en-GB')).toBe('-0.3 pts');
    expect(formatIndicatorChange(indicator('families'), 3.44, 'poin')).toBe('+3,4%');
    expect(formatIndicatorChange(indicator('family_size'), -0.051, 'poin')).toBe('-0,05');
    expect(formatIndicatorChange(indicator('safe_water'), 0, 'poin')).toBe('0,0 poin');
  });
});

describe('shownChange', () => {
  it('rounds a change to the digits it is shown with, so a tiny change reads as none', () => {
    expect(shownChange(indicator('safe_water'), 0.04)).toBe(0);
    expect(shownChange(indicator('safe_water'), -0.26)).toBe(-0.3);
    expect(shownChange(indicator('family_size'), 0.004)).toBe(0);
  });
});
