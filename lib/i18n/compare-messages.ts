/**
 * The texts of the comparison page /bandingkan, keys starting with `compare.`. Kept apart so that each page's texts
 * live together; messages.ts spreads them into the one catalogue, checked by the same tests.
 */
export const COMPARE_MESSAGES = {
  id: {},
  en: {},
} as const satisfies Record<'id' | 'en', Record<string, string>>;
