import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchExports } from './exports';
import { benchFoundation } from './foundation';
import type { Figure } from './measure';
import { benchPages } from './pages';
import { benchRegister } from './register';

const RESULTS = 'bench/results.json';

type Results = {
  machine: string;
  node: string;
  measuredAt: string;
  figures: Record<string, Omit<Figure, 'name'> & { measuredAt: string }>;
};

/** Merges new figures into bench/results.json, so that each suite keeps its latest figures beside the others'. */
function record(figures: Figure[]): void {
  const measuredAt = new Date().toISOString();
  const previous: Results | undefined = existsSync(RESULTS)
    ? JSON.parse(readFileSync(RESULTS, 'utf8'))
    : undefined;
  const results: Results = {
    machine: `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.arch()}`,
    node: process.version,
    measuredAt,
    figures: { ...previous?.figures },
  };
  for (const { name, ...figure } of figures) results.figures[name] = { ...figure, measuredAt };
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}

/**
 * The page or export figures alone, on a database that is already filled (BENCH_PAGES_DATABASE_URL; the
 * register suite measures them on its own database too): for re-measuring without a new import.
 */
async function benchOnExistingDatabase(
  bench: (url: string, label: string) => Promise<Figure[]>,
  suite: string,
): Promise<Figure[]> {
  const url = process.env.BENCH_PAGES_DATABASE_URL;
  if (!url) {
    console.warn(`BENCH_PAGES_DATABASE_URL is not set: the ${suite} benchmarks on their own are skipped.`);
    return [];
  }
  return bench(url, process.env.BENCH_PAGES_LABEL ?? 'existing database, PostgreSQL');
}

const suites = (process.env.BENCH_SUITES ?? 'foundation,register').split(',');
const figures = [
  ...(suites.includes('foundation') ? await benchFoundation() : []),
  ...(suites.includes('register') ? await benchRegister() : []),
  ...(suites.includes('pages') ? await benchOnExistingDatabase(benchPages, 'page') : []),
  ...(suites.includes('exports') ? await benchOnExistingDatabase(benchExports, 'export') : []),
];
console.table(
  figures.map((figure) => ({
    figure: figure.name,
    value: `${figure.value} ${figure.unit}`,
    goal: figure.goal ?? '',
    note: figure.note ?? '',
  })),
);
record(figures);
console.log(`Figures written to ${RESULTS}.`);
