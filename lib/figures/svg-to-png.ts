import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { RenderedPng, RenderedSvg } from './figure-types';

/** The weights and styles the figures use; the italic is for the "missing value" label of a bar chart. */
const FONT_FILES = [
  '400Regular/Inter_400Regular.ttf',
  '400Regular_Italic/Inter_400Regular_Italic.ttf',
  '600SemiBold/Inter_600SemiBold.ttf',
  '700Bold/Inter_700Bold.ttf',
];

/**
 * The Inter TTFs shipped in node_modules. Resolved from the working directory (the project root, both for
 * Next's server bundles and for Vitest) because bundling rewrites `import.meta` and `__dirname`. Without
 * them resvg would draw no text at all, so a missing file is an error rather than a silent blank.
 */
function fontFiles(): string[] {
  return FONT_FILES.map((file) => {
    const fontPath = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'inter', file);
    if (!existsSync(fontPath))
      throw new Error(
        `Font file for the exported figures not found: ${fontPath} (is @expo-google-fonts/inter installed?)`,
      );
    return fontPath;
  });
}

/** Rasterises a rendered figure at `scale` (2 = sharp on a projector or a retina slide). */
export function svgToPng(rendered: RenderedSvg, scale = 2): RenderedPng {
  const resvg = new Resvg(rendered.svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: 'Inter' },
    background: '#ffffff',
  });
  const image = resvg.render();
  return { png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
}
