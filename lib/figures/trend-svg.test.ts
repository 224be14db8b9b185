import { describe, expect, it } from 'vitest';
import { trendFigure } from './figures.fixture';
import { renderFigureSvg } from './render-figure-svg';
import { visibleTexts } from './svg-check.fixture';
import { trendDomain } from './trend-svg';

const linePaths = (svg: string, colour: string) =>
  [...svg.matchAll(new RegExp(`<path fill="none" stroke="${colour}"`, 'g'))].length;
const points = (svg: string, colour: string) =>
  [...svg.matchAll(new RegExp(`<circle [^>]*fill="${colour}" stroke`, 'g'))].length;

describe('trend figure', () => {
  const { svg } = renderFigureSvg(trendFigure());

  it('draws an unbroken line as one path with a point per value, in dark slate first', () => {
    expect(linePaths(svg, '#334155')).toBe(1);
    expect(points(svg, '#334155')).toBe(5);
  });

  it('breaks a line where a value is missing rather than bridging it', () => {
    expect(linePaths(svg, '#0072B2')).toBe(2);
    expect(points(svg, '#0072B2')).toBe(4);
  });

  it('shows a line with a single value as its point', () => {
    expect(linePaths(svg, '#E69F00')).toBe(0);
    expect(points(svg, '#E69F00')).toBe(1);
  });

  it('labels every period under the axis and names every line in the legend', () => {
    const texts = visibleTexts(svg);
    for (const period of ['2024S1', '2024S2', '2025S1', '2025S2', '2026S1']) expect(texts).toContain(period);
    expect(texts).toContain('Kota Jakarta Pusat');
    expect(texts).toContain('Provinsi DKI Jakarta');
    expect(texts).toContain('Kampung "Baru" & Utara <Timur>');
  });

  it('writes only every n-th period label when they would collide, starting with the first', () => {
    const periods = Array.from(
      { length: 40 },
      (_, index) => `${2000 + Math.floor(index / 2)}S${(index % 2) + 1}`,
    );
    const crowded = renderFigureSvg(
      trendFigure({ periods, lines: [{ name: 'Gambir', values: periods.map(() => 50) }] }),
    );
    const shown = visibleTexts(crowded.svg).filter((text) => periods.includes(text));
    expect(shown[0]).toBe('2000S1');
    expect(shown.length).toBeLessThan(periods.length);
    expect(shown.length).toBeGreaterThanOrEqual(8);
    expect(points(crowded.svg, '#334155')).toBe(40);
  });

  it('writes the value axis with the figure formatter', () => {
    expect(visibleTexts(svg)).toContain('80%');
  });

  it('still draws the points with a single period', () => {
    const single = renderFigureSvg(
      trendFigure({ periods: ['2026S1'], lines: [{ name: 'Gambir', values: [71.5] }] }),
    ).svg;
    expect(points(single, '#334155')).toBe(1);
    expect(visibleTexts(single)).toContain('2026S1');
  });

  it('draws an empty axis when every value is missing', () => {
    const empty = renderFigureSvg(
      trendFigure({ lines: [{ name: 'Gambir', values: [null, null, null, null, null] }] }),
    );
    expect(points(empty.svg, '#334155')).toBe(0);
    expect(visibleTexts(empty.svg)).toContain('0%');
  });
});

describe('trendDomain', () => {
  it('keeps a percentage axis within 0–100', () => {
    const ticks = trendDomain([96, 99.5], true);
    expect(ticks.at(-1)).toBe(100);
    expect(ticks[0]).toBeGreaterThan(0);
  });

  it('starts a percentage near 0 at 0', () => {
    expect(trendDomain([2, 8], true)[0]).toBe(0);
  });

  it('follows the data instead of starting at 0, so a change of a few points is visible', () => {
    const ticks = trendDomain([80, 84], true);
    expect(ticks[0]).toBeGreaterThanOrEqual(75);
    expect(ticks.at(-1)).toBeLessThanOrEqual(90);
    expect(trendDomain([1200, 1300], false)[0]).toBeGreaterThan(1000);
  });

  it('never gives non-negative counts a negative axis, but does show negative values', () => {
    expect(trendDomain([0, 3], false)[0]).toBe(0);
    expect(trendDomain([-2, 3], false)[0]).toBeLessThan(-2);
  });
});
