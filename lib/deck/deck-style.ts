import 'server-only';
import type { Figure } from '../figures/figure-types';
import type { Deck } from './deck-types';

/**
 * What the PPTX and the PDF share: colours, the language tag, and the small texts both print, so a
 * slide and its PDF page say the same thing in the same words.
 */

export const APP_NAME = 'Jendela Keluarga';

/** Tailwind's slate scale (hex without `#`, as pptxgenjs wants it): the dashboard's neutral colours. */
export const SLATE = {
  900: '0F172A',
  800: '1E293B',
  700: '334155',
  600: '475569',
  500: '64748B',
  300: 'CBD5E1',
  200: 'E2E8F0',
  100: 'F1F5F9',
} as const;

/**
 * Line colours: the first region in slate (it is the one the view is about), then the Okabe–Ito palette,
 * which stays distinguishable for colour-blind readers and in grey print.
 */
export const SERIES_COLOURS = ['334155', '0072B2', 'E69F00', '56B4E9', '009E73', 'F0E442', 'CC79A7'];

/** A bar the view highlights (the selected region) stands out from the slate bars in the palette's blue. */
export const BAR_COLOUR = '64748B';
export const BAR_HIGHLIGHT_COLOUR = '0072B2';

/** BCP 47 tag for text runs and metadata: spelling checkers and screen readers pick their language from it. */
export function deckLang(deck: Pick<Deck, 'language'>): 'id-ID' | 'en-GB' {
  return deck.language === 'id' ? 'id-ID' : 'en-GB';
}

/**
 * The footnotes under a figure: its own notes, plus, for bars, which bars have no value and why — a native
 * chart leaves a null bar out silently, so the reader must be told here.
 */
export function figureNotes(figure: Figure): string[] {
  if (figure.kind !== 'bars') return figure.notes;
  const missing = figure.bars.filter((bar) => bar.value === null).map((bar) => bar.label);
  if (missing.length === 0) return figure.notes;
  return [...figure.notes, `${missing.join(', ')}: ${figure.missingLabel}`];
}

/** The foot of a figure slide: the notes on one line (may be empty), the source on the next. */
export function figureFoot(figure: Figure): string[] {
  const notes = figureNotes(figure).join(' · ');
  return notes ? [notes, figure.source] : [figure.source];
}

/** `334155` → pdf-lib's 0–1 channels. */
export function hexChannels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex, 16);
  return [((value >> 16) & 0xff) / 255, ((value >> 8) & 0xff) / 255, (value & 0xff) / 255];
}
