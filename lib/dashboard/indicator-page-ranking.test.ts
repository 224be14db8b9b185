import { describe, expect, it } from 'vitest';
import type { ValueRow } from '../api/values-table';
import { findIndicator, type Indicator } from '../indicators/catalogue';
import { rankExtremes } from './indicator-page-ranking';

const indicator = (id: string) => findIndicator(id) as Indicator;

function row(code: string, value: number | null, suppressed = false): ValueRow {
  return { code, name: `Kelurahan ${code}`, numerator: null, denominator: null, value, suppressed };
}

const rows = [row('a', 10), row('b', 40), row('c', null, true), row('d', 30), row('e', null), row('f', 20)];

describe('the best and worst kelurahan', () => {
  it('puts the lowest first when lower is better, and leaves out withheld and missing values', () => {
    const { best, worst, ranked } = rankExtremes(indicator('stunting_risk'), rows, 2);
    expect(ranked).toBe(4);
    expect(best.map((r) => [r.code, r.rank])).toEqual([
      ['a', 1],
      ['f', 2],
    ]);
    expect(worst.map((r) => [r.code, r.rank])).toEqual([
      ['b', 4],
      ['d', 3],
    ]);
  });

  it('puts the highest first when higher is better, and for a neutral indicator', () => {
    for (const id of ['safe_water', 'population']) {
      const { best, worst } = rankExtremes(indicator(id), rows, 1);
      expect(best.map((r) => r.code)).toEqual(['b']);
      expect(worst.map((r) => r.code)).toEqual(['a']);
    }
  });

  it('shares out fewer values than both lists hold without listing one twice', () => {
    const { best, worst } = rankExtremes(indicator('safe_water'), rows, 10);
    expect(best.map((r) => r.code)).toEqual(['b', 'd']);
    expect(worst.map((r) => r.code)).toEqual(['a', 'f']);
    const three = rankExtremes(indicator('safe_water'), rows.slice(0, 3), 10);
    expect(three.best.map((r) => r.code)).toEqual(['b']);
    expect(three.worst.map((r) => r.code)).toEqual(['a']);
  });

  it('orders equal values by name, so the order does not depend on the database', () => {
    const tied = [row('z', 5), row('y', 5)];
    expect(rankExtremes(indicator('safe_water'), tied, 1).best.map((r) => r.code)).toEqual(['y']);
  });
});
