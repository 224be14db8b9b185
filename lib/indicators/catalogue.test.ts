import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { INDICATOR_SQL } from './aggregate-sql';
import { INDICATORS, THEMES } from './catalogue';

/** The ids of the catalogue table of spec/indicators.md, read from the spec itself. */
function specIds(): string[] {
  const spec = readFileSync(path.resolve(__dirname, '../../../shared/spec/indicators.md'), 'utf8');
  return [...spec.matchAll(/^\| ([a-z0-9_]+) \|/gm)]
    .map((match) => match[1] as string)
    .filter((id) => id !== 'id');
}

describe('the indicator catalogue', () => {
  it('holds every indicator of the spec, in its order, and nothing else', () => {
    expect(INDICATORS.map((indicator) => indicator.id)).toEqual(specIds());
  });

  it('has SQL for every indicator (coverage is computed from the targets apart)', () => {
    const ids = INDICATORS.map((indicator) => indicator.id).filter((id) => id !== 'coverage');
    expect(Object.keys(INDICATOR_SQL).sort()).toEqual([...ids].sort());
  });

  it('gives every indicator names and a definition in both languages and a known theme', () => {
    for (const indicator of INDICATORS) {
      expect(indicator.name.id && indicator.name.en, indicator.id).toBeTruthy();
      expect(indicator.definition.id.length, indicator.id).toBeGreaterThan(20);
      expect(indicator.definition.en.length, indicator.id).toBeGreaterThan(20);
      expect(THEMES).toContain(indicator.theme);
    }
  });

  it('counts have no denominator in SQL and multiplier 1; percentages multiply by 100', () => {
    for (const indicator of INDICATORS) {
      if (indicator.kind === 'count') expect(INDICATOR_SQL[indicator.id]?.denominator).toBeNull();
      if (indicator.kind === 'percent') expect(indicator.multiplier).toBe(100);
    }
  });
});
