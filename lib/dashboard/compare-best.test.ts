import { describe, expect, it } from 'vitest';
import { findIndicator, type Indicator } from '../indicators/catalogue';
import { markBest } from './compare-best';

const indicator = (id: string) => findIndicator(id) as Indicator;

describe('the best value of a row of the comparison', () => {
  it('is the highest where higher is better and the lowest where lower is better', () => {
    expect(markBest(indicator('safe_water'), [80, 95, 70])).toEqual([false, true, false]);
    expect(markBest(indicator('stunting_risk'), [30, 25, 40])).toEqual([false, true, false]);
  });

  it('marks every value that ties with the best as the reader sees it', () => {
    expect(markBest(indicator('safe_water'), [91.23, 80, 91.18])).toEqual([true, false, true]);
    expect(markBest(indicator('safe_water'), [91.26, 80, 91.18])).toEqual([true, false, false]);
  });

  it('never marks a withheld or missing value, nor one value alone', () => {
    expect(markBest(indicator('safe_water'), [null, 50, 40])).toEqual([false, true, false]);
    expect(markBest(indicator('safe_water'), [null, 50])).toEqual([false, false]);
  });

  it('marks nothing for a neutral indicator or when every value ties', () => {
    expect(markBest(indicator('population'), [100, 200])).toEqual([false, false]);
    expect(markBest(indicator('safe_water'), [60, 60])).toEqual([false, false]);
  });
});
