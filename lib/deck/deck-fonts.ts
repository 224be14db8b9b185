import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Inter, embedded in the PDF: the standard PDF fonts only know WinAnsi, so `≥`, `–`, `·` or `★` in a note
 * would throw. The TTFs come from the installed @expo-google-fonts/inter package; nothing is downloaded.
 * Resolved from the working directory because both Next's server bundles and Vitest run from the project
 * root, and a bundled module has no reliable `import.meta.url` to resolve from.
 */
const FONT_DIR = ['node_modules', '@expo-google-fonts', 'inter'];
const FONT_FILES = {
  regular: ['400Regular', 'Inter_400Regular.ttf'],
  bold: ['700Bold', 'Inter_700Bold.ttf'],
} as const;

export type InterFonts = { regular: Uint8Array; bold: Uint8Array };

async function readFont(parts: readonly string[]): Promise<Uint8Array> {
  const file = path.join(process.cwd(), ...FONT_DIR, ...parts);
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new Error(`Font file for the PDF is missing: ${file} (is @expo-google-fonts/inter installed?)`, {
      cause: error,
    });
  }
}

let cached: Promise<InterFonts> | undefined;

/** Both weights, read once per process (a deck export should not re-read ~600 KB of fonts each time). */
export function loadInterFonts(): Promise<InterFonts> {
  cached ??= Promise.all([readFont(FONT_FILES.regular), readFont(FONT_FILES.bold)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      cached = undefined;
      throw error;
    },
  );
  return cached;
}
