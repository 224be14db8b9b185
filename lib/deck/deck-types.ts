import type { Figure, RenderedPng } from '../figures/figure-types';

/** One slide (or PDF page): a figure, its picture, and what the speaker should know. */
export type DeckSlide = {
  figure: Figure;
  /**
   * The figure drawn as a PNG (at 2x): placed as an image for a map in the PPTX and for every figure in
   * the PDF. A trend or bars figure becomes a native (editable) chart in the PPTX instead.
   */
  picture: RenderedPng;
  /** Speaker notes: indicator definition, n, suppressed counts; lines joined with \n. */
  notes: string;
};

/** "Bahan rapat": a whole view as slides, in the reader's language. */
export type Deck = {
  language: 'id' | 'en';
  /** Title slide: `Bahan rapat: Ringkasan DKI Jakarta`. */
  title: string;
  /** Title slide: region and periode. */
  subtitle: string;
  /** Title slide: `Dibuat 30 November 2026 pukul 12.00 WIB`. */
  made: string;
  /** Title slide and every slide's foot: the source line (with "data sintetis" when it is). */
  source: string;
  /** Speaker notes of the title slide: what the deck holds and the suppression rule. */
  titleNotes: string;
  /** Heading of the notes under each PDF page: `Catatan pembicara` / `Speaker notes`. */
  notesHeading: string;
  slides: DeckSlide[];
};
