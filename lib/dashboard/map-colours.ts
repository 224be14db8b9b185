import type { ChangeVerdict } from '../indicators/present';

/**
 * ColorBrewer palettes, chosen because colour-blind readers can tell their classes apart. A value map
 * runs light (low) to dark (high) in YlGnBu; a change map puts better in blue and worse in orange, the
 * colours of the change badges, or rise in purple and fall in green when the indicator has no good side.
 */
const SEQUENTIAL: Record<number, readonly string[]> = {
  1: ['#41b6c4'],
  2: ['#a1dab4', '#2c7fb8'],
  3: ['#edf8b1', '#7fcdbb', '#2c7fb8'],
  4: ['#ffffcc', '#a1dab4', '#41b6c4', '#225ea8'],
  5: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  6: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'],
  7: ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'],
};

/** Shades of one side of a change map, from nearest zero to furthest. */
const SIDES = {
  better: ['#c6dbef', '#6baed6', '#2171b5', '#08306b'],
  worse: ['#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'],
  rise: ['#e7d4e8', '#c2a5cf', '#9970ab', '#762a83'],
  fall: ['#d9f0d3', '#a6dba0', '#5aae61', '#1b7837'],
} as const;

/** Which of a side's four shades its classes take, by how many classes the side has. */
const SHADES_FOR: Record<number, readonly number[]> = { 1: [1], 2: [0, 2], 3: [0, 1, 3], 4: [0, 1, 2, 3] };

export const SUPPRESSED_COLOUR = '#a3a3a3';
export const MISSING_COLOUR = '#ffffff';
const STRADDLING_COLOUR = '#f0f0f0';

/** The colour of each class of a value map, lightest first. */
export function sequentialColours(count: number): string[] {
  const palette = SEQUENTIAL[Math.min(Math.max(count, 1), 7)] as readonly string[];
  return palette.slice(0, count);
}

export type ChangeSide = 'better' | 'worse' | 'rise' | 'fall';

/** The side of a change map a verdict of a rise or fall belongs to. */
export function sideOf(verdict: ChangeVerdict, rose: boolean): ChangeSide {
  if (verdict === 'better' || verdict === 'worse') return verdict;
  return rose ? 'rise' : 'fall';
}

/**
 * The colour of each class of a change map, given the classes' bounds (ascending, 0 a bound when
 * changes lie on both sides) and the side a fall and a rise are on. Shades darken away from zero.
 */
export function divergingColours(
  bounds: readonly number[],
  sides: { fall: ChangeSide; rise: ChangeSide },
): string[] {
  const classes = bounds.slice(0, -1).map((lower, index) => ({ lower, upper: bounds[index + 1] as number }));
  const falls = classes.filter((range) => range.upper <= 0);
  const rises = classes.filter((range) => range.lower >= 0);
  return classes.map((range) => {
    const fallIndex = falls.indexOf(range);
    if (fallIndex >= 0) return shade(sides.fall, falls.length - 1 - fallIndex, falls.length);
    const riseIndex = rises.indexOf(range);
    if (riseIndex >= 0) return shade(sides.rise, riseIndex, rises.length);
    return STRADDLING_COLOUR;
  });
}

function shade(side: ChangeSide, distanceFromZero: number, classesOnSide: number): string {
  const shades = SHADES_FOR[Math.min(classesOnSide, 4)] as readonly number[];
  const index = shades[Math.min(distanceFromZero, shades.length - 1)] as number;
  return SIDES[side][index] as string;
}
