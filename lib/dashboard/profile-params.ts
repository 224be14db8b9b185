import { levelOfCode, normaliseRegionCode } from '../geo/region-codes';
import type { SearchParams } from './view-params';

/**
 * The region code of a profile's address, with or without dots (`3171` is `31.71`); undefined when it
 * cannot be a code, which the page answers with its not-found page.
 */
export function parseProfileCode(raw: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  const code = normaliseRegionCode(decoded);
  return levelOfCode(code) ? code : undefined;
}

/**
 * The part of the address that keeps the view (`indikator`, `periode`) when a link leads to another
 * profile: `?indikator=safe_water&periode=2025S2`, or nothing when the view is the default one.
 */
export function viewQuery(searchParams: SearchParams, changes: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const name of ['indikator', 'periode']) {
    const value = searchParams[name];
    const single = Array.isArray(value) ? value[0] : value;
    if (single) query.set(name, single);
  }
  for (const [name, value] of Object.entries(changes)) query.set(name, value);
  return query.size > 0 ? `?${query}` : '';
}
