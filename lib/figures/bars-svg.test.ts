import { describe, expect, it } from 'vitest';
import { barsFigure } from './figures.fixture';
import { renderFigureSvg } from './render-figure-svg';
import { visibleTexts } from './svg-check.fixture';

type Bar = { x: number; width: number; fill: string };

function bars(svg: string): Bar[] {
  return [
    ...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)" height="20" fill="(#[0-9a-f]+)"/g),
  ].map((match) => ({ x: Number(match[1]), width: Number(match[2]), fill: match[3] ?? '' }));
}

describe('bars figure', () => {
  const rendered = renderFigureSvg(barsFigure());

  it('draws one bar per known value, proportional to it, the highlighted one darker', () => {
    const drawn = bars(rendered.svg);
    expect(drawn.map((bar) => bar.fill)).toEqual(['#93c5fd', '#1d4ed8', '#93c5fd']);
    const [full, half, quarter] = drawn.map((bar) => bar.width) as [number, number, number];
    expect(half / full).toBeCloseTo(0.5, 2);
    expect(quarter / full).toBeCloseTo(0.25, 2);
    expect(new Set(drawn.map((bar) => bar.x)).size).toBe(1);
  });

  it('writes each label, each value and the axis label', () => {
    const texts = visibleTexts(rendered.svg);
    for (const label of ['Gambir', 'Kampung "Baru" & Utara <Timur>', 'Tanah Abang', 'Menteng'])
      expect(texts).toContain(label);
    for (const value of ['100%', '50%', '25%']) expect(texts).toContain(value);
    expect(texts).toContain('Nilai (%)');
  });

  it('writes the missing label in italics where a value is null, and draws no bar', () => {
    expect(rendered.svg).toMatch(/font-style="italic"[^>]*>ditekan<\/text>/);
    expect(bars(rendered.svg)).toHaveLength(3);
  });

  it('wraps a very long label onto more lines instead of pushing the bars off the page', () => {
    const label = 'Kelurahan dengan nama yang sangat panjang sekali sehingga tidak muat pada satu baris saja';
    const { svg } = renderFigureSvg(barsFigure({ bars: [{ label, value: 10 }] }));
    const lines = visibleTexts(svg).filter((text) => label.includes(text));
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    const [bar] = bars(svg);
    expect((bar?.x ?? 0) + (bar?.width ?? 0)).toBeLessThan(1200 - 48);
  });

  it('grows taller with more bars', () => {
    const many = renderFigureSvg(
      barsFigure({
        bars: Array.from({ length: 20 }, (_, index) => ({ label: `Kelurahan ${index}`, value: index })),
      }),
    );
    expect(many.height).toBeGreaterThan(rendered.height + 400);
  });

  it('draws negative values to the left of the zero line and positive ones to the right', () => {
    const { svg } = renderFigureSvg(
      barsFigure({
        bars: [
          { label: 'Naik', value: 2 },
          { label: 'Turun', value: -3 },
        ],
      }),
    );
    const [up, down] = bars(svg) as [Bar, Bar];
    expect(down.x + down.width).toBeCloseTo(up.x, 0);
    expect(down.width / up.width).toBeCloseTo(1.5, 1);
  });
});
