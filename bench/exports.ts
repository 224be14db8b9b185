import { type Figure, percentile, round, timeRepeatedly } from './measure';
import { ensureBoundaries, ensureProductionBuild, fetchBody, startServer } from './pages';

const WARMUP = 2;
const REQUESTS = 10;

/** Three headline indicators: a deck as a staff member would make it for a meeting. */
const DECK_INDICATORS = 'stunting_risk,safe_water,coverage';

const EXPORTS = [
  '/api/v1/figures/map.svg?indicator=safe_water',
  '/api/v1/figures/map.png?indicator=safe_water',
  '/api/v1/figures/map.png?indicator=safe_water&region=31.74',
  '/api/v1/figures/trend.png?indicator=safe_water',
  '/api/v1/figures/histogram.png?indicator=safe_water',
  `/api/v1/decks/overview.pptx?indicator=${DECK_INDICATORS}`,
  `/api/v1/decks/overview.pdf?indicator=${DECK_INDICATORS}`,
  `/api/v1/decks/compare.pptx?indicator=${DECK_INDICATORS}&region=31.71,31.74.01,31.75.01.1001`,
];

async function timeExport(origin: string, path: string, label: string): Promise<Figure[]> {
  const size = (await fetchBody(`${origin}${path}`)).length / 1024;
  const durations = await timeRepeatedly(() => fetchBody(`${origin}${path}`), REQUESTS, WARMUP);
  const note = `production build (next start), warm; ${REQUESTS} requests after ${WARMUP}; file ${round(size, 0)} KB`;
  return [
    { name: `export ${path} p50 (${label})`, value: round(percentile(durations, 0.5), 0), unit: 'ms' },
    { name: `export ${path} p95 (${label})`, value: round(percentile(durations, 0.95), 0), unit: 'ms', note },
  ];
}

/**
 * How long a user waits for a download: each figure and deck route of the production build, built from
 * the aggregated values of the given database and drawn on the server (SVG, PNG with resvg, PPTX, PDF).
 */
export async function benchExports(databaseUrl: string, label: string): Promise<Figure[]> {
  ensureProductionBuild();
  await ensureBoundaries(databaseUrl);
  const server = await startServer(databaseUrl);
  try {
    const figures: Figure[] = [];
    for (const path of EXPORTS) figures.push(...(await timeExport(server.origin, path, label)));
    return figures;
  } finally {
    await server.stop();
  }
}
