/** A class of the histogram: from `lower` up to but not including `upper` (the last one includes it). */
export type HistogramBin = { lower: number; upper: number; count: number };

/** Steps that read well: 1, 2, 2.5 or 5 times a power of ten. */
const NICE_FACTORS = [1, 2, 2.5, 5, 10];

/** Drops the binary noise of decimal arithmetic: 0.30000000000000004 becomes 0.3. */
const tidy = (value: number) => Number(value.toPrecision(12));

/** The nice step that cuts `span` into the number of classes nearest `target` (the wider one on a tie). */
export function niceStep(span: number, target: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(span / target));
  const candidates = NICE_FACTORS.map((factor) => tidy(factor * magnitude));
  const distance = (step: number) => Math.abs(Math.ceil(tidy(span / step)) - target);
  return candidates.reduce((best, step) => (distance(step) <= distance(best) ? step : best));
}

/** How many decimals the bounds of a histogram with this step need: 2.5 needs one, 20 none. */
export function stepDecimals(step: number): number {
  return String(tidy(step)).split('.')[1]?.length ?? 0;
}

/**
 * The distribution of values in classes of equal width with round bounds (about `target` of them,
 * whole numbers wide at least when `integers`); one class when every value is the same, none without
 * values.
 */
export function histogramOf(values: number[], { target = 10, integers = false } = {}): HistogramBin[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min === max) return [{ lower: min, upper: max, count: values.length }];
  const step = integers ? Math.max(1, niceStep(max - min, target)) : niceStep(max - min, target);
  const start = tidy(Math.floor(tidy(min / step)) * step);
  const size = Math.max(1, Math.ceil(tidy((max - start) / step)));
  const bins = Array.from({ length: size }, (_, index) => ({
    lower: tidy(start + index * step),
    upper: tidy(start + (index + 1) * step),
    count: 0,
  }));
  for (const value of values) {
    const index = Math.min(size - 1, Math.floor(tidy((value - start) / step)));
    (bins[index] as HistogramBin).count++;
  }
  return bins;
}

/** The class a value falls in (the last class includes its upper bound), or -1 when it is outside them all. */
export function binIndexOf(bins: HistogramBin[], value: number): number {
  return bins.findIndex(
    (bin, index) =>
      value >= bin.lower && (value < bin.upper || (index === bins.length - 1 && value <= bin.upper)),
  );
}
