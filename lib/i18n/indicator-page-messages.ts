/**
 * The texts of the indicator pages /indikator and /indikator/[id], keys starting with `indicatorPage.`. Kept apart so that each page's texts
 * live together; messages.ts spreads them into the one catalogue, checked by the same tests.
 */
export const INDICATOR_PAGE_MESSAGES = {
  id: {},
  en: {},
} as const satisfies Record<'id' | 'en', Record<string, string>>;
