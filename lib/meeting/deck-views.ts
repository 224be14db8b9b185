/** The views a deck can be made of: the overview, the map, a region's profile and a comparison. */
export const DECK_VIEWS = ['overview', 'map', 'profile', 'compare'] as const;
export type DeckView = (typeof DECK_VIEWS)[number];

/** A deck holds at most this many indicators: two slides each keeps it quick to build and to present. */
export const MAX_DECK_INDICATORS = 10;
