import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The Inter TTFs the exports draw text with; the italic is for the "missing value" label of a bar chart. */
const INTER_FILES = {
  regular: '400Regular/Inter_400Regular.ttf',
  italic: '400Regular_Italic/Inter_400Regular_Italic.ttf',
  semibold: '600SemiBold/Inter_600SemiBold.ttf',
  bold: '700Bold/Inter_700Bold.ttf',
} as const;

export type InterStyle = keyof typeof INTER_FILES;

/**
 * Where an Inter TTF of the installed @expo-google-fonts/inter package lies. Resolved from the working
 * directory (the project root, both for Next's server bundles and for Vitest) because bundling rewrites
 * `import.meta` and `__dirname`. Without the fonts an export would carry no text, so a missing file is an
 * error naming it rather than a silent blank.
 */
export function interFontPath(style: InterStyle): string {
  const file = path.join(process.cwd(), 'node_modules', '@expo-google-fonts', 'inter', INTER_FILES[style]);
  if (!existsSync(file))
    throw new Error(`Font file for the exports not found: ${file} (is @expo-google-fonts/inter installed?)`);
  return file;
}
