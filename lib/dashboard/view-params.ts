import { findIndicator, type Indicator, THEMES, type Theme } from '../indicators/catalogue';
import type { PeriodRow } from '../queries/list-periods';
import { CLASS_METHODS, type ClassMethod, DEFAULT_CLASS_METHOD } from './classify';
import { HEADLINE_INDICATORS } from './headline-indicators';

/** What the URL of a dashboard page asks for: `indikator`, `periode`, `tema`; each page reads it once. */
export type ViewParams = { indicator: Indicator; period: string; previous: string | undefined };

export const DEFAULT_INDICATOR = 'stunting_risk';

export type SearchParams = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim();

const isTheme = (value: string): value is Theme => (THEMES as readonly string[]).includes(value);

/** The indicator the URL names; without one, the first headline indicator of `tema`, or stunting risk. */
function requestedIndicator(searchParams: SearchParams): Indicator | undefined {
  const named = single(searchParams.indikator);
  if (named) return findIndicator(named);
  const theme = single(searchParams.tema);
  if (!theme) return findIndicator(DEFAULT_INDICATOR);
  return isTheme(theme) ? findIndicator(HEADLINE_INDICATORS[theme][0] as string) : undefined;
}

/**
 * The indicator (default: stunting risk) and periode (default: the latest) of the view, and the periode
 * before it; `undefined` when the URL names an indicator, theme or periode that does not exist, which the
 * page answers with its not-found page.
 */
export function parseViewParams(searchParams: SearchParams, periods: PeriodRow[]): ViewParams | undefined {
  const indicator = requestedIndicator(searchParams);
  const asked = single(searchParams.periode)?.toUpperCase();
  const index = asked ? periods.findIndex((row) => row.period === asked) : periods.length - 1;
  const period = periods[index]?.period;
  if (!indicator || !period) return undefined;
  return { indicator, period, previous: periods[index - 1]?.period };
}

export const MAP_DISPLAYS = ['peta', 'tabel'] as const;
export type MapDisplay = (typeof MAP_DISPLAYS)[number];

/** The map page's view: the indicator and periode, and `banding`, `kelas`, `wilayah` and `tampilan`. */
export type MapViewParams = ViewParams & {
  /** The earlier periode of a change map. */
  compare: string | undefined;
  method: ClassMethod;
  /** The region to zoom to, unchecked: the page looks it up. */
  region: string | undefined;
  display: MapDisplay;
};

function oneOf<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T | undefined {
  if (!value) return fallback;
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * The map page's parameters; `undefined` when any names what does not exist: an unknown indicator, theme,
 * periode or classification, or a `banding` that is not a periode with data before the shown one.
 */
export function parseMapParams(searchParams: SearchParams, periods: PeriodRow[]): MapViewParams | undefined {
  const view = parseViewParams(searchParams, periods);
  const method = oneOf(single(searchParams.kelas)?.toLowerCase(), CLASS_METHODS, DEFAULT_CLASS_METHOD);
  const display = oneOf(single(searchParams.tampilan)?.toLowerCase(), MAP_DISPLAYS, 'peta');
  const compare = single(searchParams.banding)?.toUpperCase() || undefined;
  if (!view || !method || !display) return undefined;
  if (compare && !(compare < view.period && periods.some((row) => row.period === compare))) return undefined;
  return { ...view, compare, method, display, region: single(searchParams.wilayah) || undefined };
}
