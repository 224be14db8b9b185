import 'server-only';
import { readValueRows, type ValueRow } from '../api/values-table';
import type { Database } from '../db/client';
import { shownChange } from '../format-indicator';
import type { Indicator } from '../indicators/catalogue';
import { type ChangeVerdict, improvement, judgeChange } from '../indicators/present';
import { type ClassMethod, classBreaks, classOf, divergingBreaks } from './classify';
import {
  divergingColours,
  MISSING_COLOUR,
  SUPPRESSED_COLOUR,
  sequentialColours,
  sideOf,
} from './map-colours';

/** A class of the map: its bounds (the lower one exclusive but for the first class), colour and size. */
export type MapClass = { lower: number; upper: number; colour: string; count: number };

/** Where a kelurahan falls: a class by its index, withheld (n too small), or without a value to map. */
export type AreaClass = number | 'suppressed' | 'missing';

export type MapArea = ValueRow & {
  /** The number the map colours: the value, or on a change map the change as shown. */
  mapped: number | null;
  klass: AreaClass;
  /** Place among Jakarta's kelurahan, 1 being the best (for a neutral indicator, the highest). */
  rank: number | null;
};

export type MapView = {
  /** The periode shown, and the one the change is measured from, as the table's download asks for them. */
  period: string;
  compare?: string | undefined;
  mode: 'value' | 'change';
  classes: MapClass[];
  /** On a change map, which way a fall and a rise read for this indicator. */
  verdicts?: { fall: ChangeVerdict; rise: ChangeVerdict };
  suppressed: { colour: string; count: number };
  missing: { colour: string; count: number };
  /** Every kelurahan, in code order. */
  areas: MapArea[];
  /** The kecamatan, kota and province with their values, for the side panel; by code. */
  parents: Record<string, ValueRow>;
  /** How many kelurahan have a ranked value. */
  ranked: number;
};

export type MapViewRequest = {
  indicator: Indicator;
  period: string;
  /** The earlier periode of a change map; the previous periode of a value map (for the panel's change). */
  compare: string | undefined;
  mode: 'value' | 'change';
  method: ClassMethod;
};

function mappedNumber(indicator: Indicator, row: ValueRow, mode: MapView['mode']): number | null {
  if (mode === 'value') return row.value;
  return typeof row.change === 'number' ? shownChange(indicator, row.change) : null;
}

function ranks(indicator: Indicator, rows: ValueRow[]): Map<string, number> {
  const orient = (value: number) =>
    indicator.direction === 'neutral' ? value : improvement(indicator, value);
  const shown = rows.filter((row) => row.value !== null);
  shown.sort((a, b) => orient(b.value as number) - orient(a.value as number));
  return new Map(shown.map((row, index) => [row.code, index + 1]));
}

/** The bounds and colours of the classes of a value or change map. */
function classify(indicator: Indicator, values: number[], mode: MapView['mode'], method: ClassMethod) {
  if (mode === 'value') {
    const bounds = classBreaks(values, method);
    return { bounds, colours: sequentialColours(Math.max(bounds.length - 1, 1)) };
  }
  const bounds = divergingBreaks(values, method);
  const verdicts = { fall: judgeChange(indicator, -1), rise: judgeChange(indicator, 1) };
  const colours = divergingColours(bounds, {
    fall: sideOf(verdicts.fall, false),
    rise: sideOf(verdicts.rise, true),
  });
  return { bounds, colours, verdicts };
}

/** The classes, one per pair of bounds; a single value makes one class of it. */
function classesOf(bounds: number[], colours: string[]): MapClass[] {
  if (bounds.length === 0) return [];
  const pairs =
    bounds.length === 1 ? [[bounds[0], bounds[0]]] : bounds.slice(0, -1).map((b, i) => [b, bounds[i + 1]]);
  return pairs.map(([lower, upper], index) => ({
    lower: lower as number,
    upper: upper as number,
    colour: colours[index] ?? (colours.at(-1) as string),
    count: 0,
  }));
}

/**
 * Everything the map page draws for an indicator and periode: each kelurahan's value (or change since
 * `compare`), its class and colour, the legend with the size of each class, and the kecamatan, kota and
 * province values the side panel sets beside a kelurahan. Reads aggregated values only.
 */
export async function getMapView(
  db: Database,
  { indicator, period, compare, mode, method }: MapViewRequest,
  minDenominator: number,
): Promise<MapView> {
  const read = (level: 'village' | 'district' | 'city' | 'province') =>
    readValueRows(db, { indicator, level, period, compare }, minDenominator);
  const [villages, districts, cities, province] = await Promise.all([
    read('village'),
    read('district'),
    read('city'),
    read('province'),
  ]);
  const mapped = villages.map((row) => mappedNumber(indicator, row, mode));
  const values = mapped.filter((value): value is number => value !== null);
  const { bounds, colours, verdicts } = classify(indicator, values, mode, method);
  const classes = classesOf(bounds, colours);
  const rankOf = ranks(indicator, villages);
  const suppressed = { colour: SUPPRESSED_COLOUR, count: 0 };
  const missing = { colour: MISSING_COLOUR, count: 0 };
  const areas = villages.map((row, index): MapArea => {
    const value = mapped[index] as number | null;
    let klass: AreaClass;
    if (row.suppressed) klass = 'suppressed';
    else if (value === null) klass = 'missing';
    else klass = classOf(value, bounds);
    if (klass === 'suppressed') suppressed.count++;
    else if (klass === 'missing') missing.count++;
    else (classes[klass] as MapClass).count++;
    return { ...row, mapped: value, klass, rank: rankOf.get(row.code) ?? null };
  });
  const parents = Object.fromEntries([...districts, ...cities, ...province].map((row) => [row.code, row]));
  return {
    period,
    compare,
    mode,
    classes,
    ...(verdicts ? { verdicts } : {}),
    suppressed,
    missing,
    areas,
    parents,
    ranked: rankOf.size,
  };
}
