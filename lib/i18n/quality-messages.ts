/**
 * The texts of the data-quality page /kualitas-data, keys starting with `quality.`. Kept apart so that each page's texts
 * live together; messages.ts spreads them into the one catalogue, checked by the same tests.
 */
export const QUALITY_MESSAGES = {
  id: {},
  en: {},
} as const satisfies Record<'id' | 'en', Record<string, string>>;
