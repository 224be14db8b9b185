import 'server-only';
import { readFile } from 'node:fs/promises';
import { type InterStyle, interFontPath } from '../fonts/inter';

// Inter is embedded in the PDF: the standard PDF fonts only know WinAnsi, so `≥`, `–`, `·` or `★` would throw.
export type InterFonts = { regular: Uint8Array; bold: Uint8Array };

async function readFont(style: InterStyle): Promise<Uint8Array> {
  return new Uint8Array(await readFile(interFontPath(style)));
}

let cached: Promise<InterFonts> | undefined;

/** Both weights, read once per process (a deck export should not re-read ~600 KB of fonts each time). */
export function loadInterFonts(): Promise<InterFonts> {
  cached ??= Promise.all([readFont('regular'), readFont('bold')]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      cached = undefined;
      throw error;
    },
  );
  return cached;
}
