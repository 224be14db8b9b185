export type Figure = { name: string; value: number; unit: string; goal?: string; note?: string };

/** IDENTITY_KEY of every process the benchmarks start: the import hashes with it, the server needs one. */
export const BENCH_IDENTITY_KEY = 'kunci-benchmark-yang-cukup-panjang-000000';

export function percentile(sortedValues: number[], fraction: number): number {
  if (sortedValues.length === 0) return Number.NaN;
  const index = Math.min(sortedValues.length - 1, Math.ceil(fraction * sortedValues.length) - 1);
  return sortedValues[Math.max(0, index)] ?? Number.NaN;
}

/** Runs `task` a few times to warm up, then `runs` times, and returns the durations in milliseconds, sorted. */
export async function timeRepeatedly(
  task: () => Promise<unknown>,
  runs: number,
  warmup = 20,
): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await task();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await task();
    durations.push(performance.now() - started);
  }
  return durations.sort((a, b) => a - b);
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
