import { PNG } from 'pngjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { trendFigure } from './figures.fixture';
import { renderFigureSvg } from './render-figure-svg';
import { svgToPng } from './svg-to-png';

describe('svgToPng', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('rasterises at twice the size with the text drawn in Inter on white', () => {
    const rendered = renderFigureSvg(trendFigure());
    const result = svgToPng(rendered);
    expect(result.width).toBe(rendered.width * 2);
    expect(result.height).toBe(rendered.height * 2);
    const image = PNG.sync.read(Buffer.from(result.png));
    expect([image.width, image.height]).toEqual([result.width, result.height]);
    const brightness = (x: number, y: number) => {
      const at = (y * image.width + x) * 4;
      return ((image.data[at] ?? 0) + (image.data[at + 1] ?? 0) + (image.data[at + 2] ?? 0)) / 3;
    };
    expect(brightness(0, 0)).toBe(255);
    expect(brightness(image.width - 1, image.height - 1)).toBe(255);
    // The title's glyphs sit between y ≈ 50 and 73 (CSS px) from x = 48: without a font nothing is drawn there.
    let darkest = 255;
    for (let y = 100; y < 146; y += 1)
      for (let x = 96; x < 400; x += 1) darkest = Math.min(darkest, brightness(x, y));
    expect(darkest).toBeLessThan(60);
  });

  it('scales by the factor asked', () => {
    const rendered = renderFigureSvg(trendFigure());
    expect(svgToPng(rendered, 1).width).toBe(1200);
  });

  it('names the font file it cannot find', () => {
    vi.spyOn(process, 'cwd').mockReturnValue('/nowhere');
    expect(() => svgToPng(renderFigureSvg(trendFigure()))).toThrow(
      /\/nowhere\/node_modules\/@expo-google-fonts\/inter\/.*Inter_400Regular\.ttf/,
    );
  });
});
