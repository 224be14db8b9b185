import { describe, expect, it } from 'vitest';
import { findIndicator, type Indicator } from '../indicators/catalogue';
import { rankAmongSiblings } from './profile-rank';

const indicator = (id: string) => findIndicator(id) as Indicator;
const siblings = [
  { code: 'a', value: 30 },
  { code: 'b', value: 10 },
  { code: 'c', value: null },
  { code: 'd', value: 20 },
  { code: 'e', value: 20 },
];

describe('the rank of a region among its siblings', () => {
  it('puts the lowest first when lower is better, and the highest first when higher is better', () => {
    expect(rankAmongSiblings(indicator('stunting_risk'), siblings, 'b')).toEqual({ rank: 1, of: 4 });
    expect(rankAmongSiblings(indicator('stunting_risk'), siblings, 'a')).toEqual({ rank: 4, of: 4 });
    expect(rankAmongSiblings(indicator('safe_water'), siblings, 'a')).toEqual({ rank: 1, of: 4 });
    expect(rankAmongSiblings(indicator('safe_water'), siblings, 'b')).toEqual({ rank: 4, of: 4 });
  });

  it('gives equal values the same place and skips the places they share', () => {
    expect(rankAmongSiblings(indicator('safe_water'), siblings, 'd')).toEqual({ rank: 2, of: 4 });
    expect(rankAmongSiblings(indicator('safe_water'), siblings, 'e')).toEqual({ rank: 2, of: 4 });
    expect(rankAmongSiblings(indicator('stunting_risk'), siblings, 'e')).toEqual({ rank: 2, of: 4 });
  });

  it('ranks a neutral indicator by size, the largest first', () => {
    expect(rankAmongSiblings(indicator('population'), siblings, 'a')).toEqual({ rank: 1, of: 4 });
  });

  it('gives no place to a withheld or missing value, nor counts it among the ranked', () => {
    expect(rankAmongSiblings(indicator('safe_water'), siblings, 'c')).toBeNull();
    expect(rankAmongSiblings(indicator('safe_water'), siblings, 'z')).toBeNull();
  });
});
