import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import type { Figure } from './figure-types';
import { barsFigure, mapFigure, TRICKY_NAME, trendFigure } from './figures.fixture';
import { renderFigureSvg, renderMapBodySvg } from './render-figure-svg';
import { visibleTexts, xmlProblems } from './svg-check.fixture';

const figures: [string, Figure][] = [
  ['map', mapFigure()],
  ['trend', trendFigure()],
  ['bars', barsFigure()],
];

describe.each(figures)('renderFigureSvg (%s)', (_kind, figure) => {
  const rendered = renderFigureSvg(figure);

  it('is a well-formed standalone SVG document of the size it reports', () => {
    expect(xmlProblems(rendered.svg)).toEqual([]);
    // resvg refuses a document that does not parse as XML.
    expect(() => new Resvg(rendered.svg, { font: { loadSystemFonts: false } })).not.toThrow();
    expect(rendered.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(rendered.width).toBe(1200);
    expect(rendered.svg).toContain(`width="1200" height="${rendered.height}"`);
    expect(rendered.svg).toContain(`viewBox="0 0 1200 ${rendered.height}"`);
  });

  it('names itself in <title> and shows the title, subtitle, notes and source', () => {
    expect(rendered.svg).toContain(
      `<title>Air minum layak di Kampung &quot;Baru&quot; &amp; Utara &lt;Timur&gt;</title>`,
    );
    const text = visibleTexts(rendered.svg).join(' ');
    expect(text).toContain(figure.title);
    expect(text).toContain(figure.subtitle);
    expect(text).toContain('Nilai ditekan bila kurang dari 10 rumah tangga.');
    expect(text).toContain('Catatan kedua.');
    expect(text).toContain(figure.source);
  });

  it('puts the notes and then the source at the foot, below everything else', () => {
    const texts = visibleTexts(rendered.svg);
    expect(texts.slice(-3)).toEqual([...figure.notes, figure.source]);
    const ys = [...rendered.svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(Math.max(...ys)).toBeLessThan(rendered.height);
  });

  it('escapes names with quotes, ampersands and angle brackets', () => {
    expect(rendered.svg).not.toContain(TRICKY_NAME);
    expect(rendered.svg).toContain('Kampung &quot;Baru&quot; &amp; Utara &lt;Timur&gt;');
  });
});

describe('renderFigureSvg wrapping', () => {
  it('wraps a long note onto several lines that stay inside the page', () => {
    const note = `${'Catatan yang sangat panjang tentang data yang ditekan dan alasannya. '.repeat(6)}Selesai.`;
    const rendered = renderFigureSvg(barsFigure({ notes: [note] }));
    const lines = visibleTexts(rendered.svg).filter((line) => note.includes(line) && line.length > 20);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(note);
  });

  it('draws on a white background', () => {
    expect(renderFigureSvg(trendFigure()).svg).toMatch(/<rect width="1200" height="\d+" fill="#ffffff"\/>/);
  });
});

describe('renderMapBodySvg', () => {
  it('draws the map and its key without the title, notes and source a slide writes itself', () => {
    const figure = mapFigure();
    const body = renderMapBodySvg(figure);
    const texts = visibleTexts(body.svg).join(' ');
    expect(xmlProblems(body.svg)).toEqual([]);
    expect(texts).toContain(figure.legendTitle);
    expect(texts).not.toContain(figure.source);
    expect(texts).not.toContain(figure.subtitle);
    expect(body.height).toBeLessThan(renderFigureSvg(figure).height);
  });
});
