/**
 * The texts of the region profile page /wilayah/[kode], keys starting with `profile.`. Kept apart so that each page's texts
 * live together; messages.ts spreads them into the one catalogue, checked by the same tests.
 */
export const PROFILE_MESSAGES = {
  id: {},
  en: {},
} as const satisfies Record<'id' | 'en', Record<string, string>>;
