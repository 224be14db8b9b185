import { type ExportQuery, exportSearch } from '../figures/figure-links';
import type { DeckView } from './deck-views';

/** `/api/v1/decks/overview.pptx?indicator=a,b&period=…`: the address of a deck of the chosen indicators. */
export function deckHref(
  view: DeckView,
  format: 'pptx' | 'pdf',
  query: Omit<ExportQuery, 'indicator'>,
  indicators: string[],
): string {
  return `/api/v1/decks/${view}.${format}?${exportSearch({ ...query, indicator: indicators.join(',') })}`;
}
