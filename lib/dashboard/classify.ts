/**
 * Classing of choropleth-map values: quantile (`kuantil`), equal interval (`interval`) and natural breaks
 * (`alami`, Fisher-Jenks), and breaks for change maps that keep gains and losses in separate classes.
 *
 * Bounds are ascending and strictly increasing: `bounds[0]` is the least value, `bounds[k]` the greatest,
 * class 0 holds `[bounds[0], bounds[1]]` and class i ≥ 1 holds `(bounds[i], bounds[i + 1]]`. The one
 * exception is a single repeated value, which gives `[v, v]`. Quantile and natural-breaks bounds are data
 * values, so with d distinct values they make at most d - 1 classes (the least value always shares
 * class 0 with the bound above it); equal-interval bounds make at most d classes.
 */

export const CLASS_METHODS = ['kuantil', 'interval', 'alami'] as const; // quantile, equal interval, natural breaks (Jenks)
export type ClassMethod = (typeof CLASS_METHODS)[number];
export const DEFAULT_CLASS_METHOD: ClassMethod = 'kuantil';
export const DEFAULT_CLASS_COUNT = 5;

export function isClassMethod(value: string): value is ClassMethod {
  return (CLASS_METHODS as readonly string[]).includes(value);
}

/** The distinct finite values, ascending, with how often each occurs and how many values there are. */
type Distinct = { values: number[]; counts: number[]; total: number };

/** `array[index]`, for indices the caller knows to be in range. */
const at = (array: ArrayLike<number>, index: number): number => array[index] ?? Number.NaN;

function distinct(values: readonly number[]): Distinct {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  const result: Distinct = { values: [], counts: [], total: sorted.length };
  for (const value of sorted) {
    const last = result.values.length - 1;
    if (last >= 0 && result.values[last] === value) result.counts[last] = at(result.counts, last) + 1;
    else {
      result.values.push(value === 0 ? 0 : value); // no -0 bound
      result.counts.push(1);
    }
  }
  return result;
}

/** The class count asked for: whole, at least 1. */
const asked = (count: number) => (Number.isNaN(count) ? 1 : Math.max(1, Math.floor(count)));

/** Keeps the ends and those inner bounds that are finite and strictly between their neighbours. */
function strictlyIncreasing(bounds: readonly number[]): number[] {
  const first = at(bounds, 0);
  const last = at(bounds, bounds.length - 1);
  const result = [first];
  for (const bound of bounds.slice(1, -1)) {
    if (Number.isFinite(bound) && bound > at(result, result.length - 1) && bound < last) result.push(bound);
  }
  result.push(last);
  return result;
}

/** Ascending class bounds: bounds[0] = min, bounds[k] = max; class i holds values in [bounds[i], bounds[i+1]] (lower exclusive except for the first class). */
export function classBreaks(
  values: readonly number[],
  method: ClassMethod,
  count = DEFAULT_CLASS_COUNT,
): number[] {
  const data = distinct(values);
  const n = data.values.length;
  if (n === 0) return [];
  const min = at(data.values, 0);
  const max = at(data.values, n - 1);
  if (n === 1) return [min, max];
  const k = asked(count);
  if (method === 'interval') return equalInterval(min, max, Math.min(k, n));
  if (method === 'alami') return strictlyIncreasing(naturalBreaks(data, Math.min(k, n - 1)));
  return strictlyIncreasing(quantile(data, Math.min(k, n - 1)));
}

function equalInterval(min: number, max: number, k: number): number[] {
  const bounds = [min];
  for (let i = 1; i < k; i++) bounds.push(min + ((max - min) * i) / k);
  bounds.push(max);
  return strictlyIncreasing(bounds);
}

/**
 * Each inner bound is the distinct value whose running count (values ≤ it) comes nearest to i·n/k, keeping
 * enough distinct values above it for the classes still to come; ties cannot be split across classes.
 */
function quantile({ values, counts, total }: Distinct, k: number): number[] {
  const n = values.length;
  const upTo: number[] = [];
  let running = 0;
  for (const count of counts) {
    running += count;
    upTo.push(running);
  }
  const bounds = [at(values, 0)];
  let previous = 0;
  for (let i = 1; i < k; i++) {
    const target = (total * i) / k;
    let best = previous + 1;
    for (let d = best + 1; d <= n - 1 - (k - i); d++) {
      if (Math.abs(at(upTo, d) - target) < Math.abs(at(upTo, best) - target)) best = d;
    }
    bounds.push(at(values, best));
    previous = best;
  }
  bounds.push(at(values, n - 1));
  return bounds;
}

/**
 * Fisher-Jenks: the k classes of consecutive distinct values (weighted by how often each occurs) with the
 * least total sum of squared deviations from their class means, found by dynamic programming in O(k·d²).
 * Class 0 takes at least two distinct values, since its lower bound is the least value itself.
 */
function naturalBreaks({ values, counts }: Distinct, k: number): number[] {
  const n = values.length;
  if (k <= 1) return [at(values, 0), at(values, n - 1)];
  // deviations[a * n + e]: sum of squared deviations of the values a..e (Welford, stable for large values).
  const deviations = new Float64Array(n * n);
  for (let a = 0; a < n; a++) {
    let weight = 0;
    let mean = 0;
    let squares = 0;
    for (let e = a; e < n; e++) {
      const value = at(values, e);
      const count = at(counts, e);
      weight += count;
      const delta = value - mean;
      mean += (delta * count) / weight;
      squares += count * delta * (value - mean);
      deviations[a * n + e] = squares;
    }
  }
  // cost[c * n + e]: least deviations of classes 0..c when class c ends at value e; end: where c - 1 ended.
  const cost = new Float64Array(k * n).fill(Number.POSITIVE_INFINITY);
  const end = new Int32Array(k * n);
  for (let e = 1; e < n; e++) cost[e] = at(deviations, e);
  for (let c = 1; c < k; c++) {
    for (let e = c + 1; e < n; e++) {
      let best = Number.POSITIVE_INFINITY;
      let bestEnd = c;
      for (let p = c; p < e; p++) {
        const total = at(cost, (c - 1) * n + p) + at(deviations, (p + 1) * n + e);
        if (total < best) {
          best = total;
          bestEnd = p;
        }
      }
      cost[c * n + e] = best;
      end[c * n + e] = bestEnd;
    }
  }
  const bounds = [at(values, n - 1)];
  let e = n - 1;
  for (let c = k - 1; c >= 1; c--) {
    e = at(end, c * n + e);
    bounds.unshift(at(values, e));
  }
  bounds.unshift(at(values, 0));
  return bounds;
}

/** Index of the class that holds value (0-based), given bounds from classBreaks; -1 for NaN. */
export function classOf(value: number, bounds: readonly number[]): number {
  if (Number.isNaN(value)) return -1;
  const last = bounds.length - 2;
  for (let i = 0; i < last; i++) if (value <= at(bounds, i + 1)) return i;
  return Math.max(last, 0);
}

/**
 * Breaks for a change map: like classBreaks, but 0 is always a bound when values lie on both sides of it, so
 * that no class mixes gains and losses (a value of 0 falls in the class that ends at 0). The inner bound
 * nearest 0 becomes 0, or else the other inner bound next to 0, unless that leaves fewer classes holding
 * values; then 0 is added as a further bound.
 */
export function divergingBreaks(
  values: readonly number[],
  method: ClassMethod,
  count = DEFAULT_CLASS_COUNT,
): number[] {
  const bounds = classBreaks(values, method, count);
  const min = bounds[0] ?? 0;
  const max = bounds[bounds.length - 1] ?? 0;
  if (!(min < 0 && max > 0) || bounds.includes(0)) return bounds;
  const finite = values.filter((value) => Number.isFinite(value));
  const filled = (candidate: readonly number[]) =>
    new Set(finite.map((value) => classOf(value, candidate))).size;
  const needed = filled(bounds);
  const below = bounds.findIndex((bound) => bound > 0) - 1; // bounds[below] < 0 < bounds[below + 1]
  const inner = [below, below + 1]
    .filter((index) => index >= 1 && index <= bounds.length - 2)
    .sort((a, b) => Math.abs(at(bounds, a)) - Math.abs(at(bounds, b)));
  for (const index of inner) {
    const candidate = bounds.map((bound, i) => (i === index ? 0 : bound));
    if (filled(candidate) >= needed) return candidate;
  }
  return [...bounds.slice(0, below + 1), 0, ...bounds.slice(below + 1)];
}
