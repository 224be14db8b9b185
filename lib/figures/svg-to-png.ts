import 'server-only';
import { Resvg } from '@resvg/resvg-js';
import { type InterStyle, interFontPath } from '../fonts/inter';
import type { RenderedPng, RenderedSvg } from './figure-types';

const STYLES: InterStyle[] = ['regular', 'italic', 'semibold', 'bold'];

/** Rasterises a rendered figure at `scale` (2 = sharp on a projector or a retina slide). */
export function svgToPng(rendered: RenderedSvg, scale = 2): RenderedPng {
  const resvg = new Resvg(rendered.svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: STYLES.map(interFontPath), defaultFontFamily: 'Inter' },
    background: '#ffffff',
  });
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height, rgba: image.pixels };
}
