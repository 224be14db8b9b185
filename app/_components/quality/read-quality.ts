import 'server-only';
import { cache } from 'react';
import { getJakartaCoverage, getKelurahanQuality } from '@/lib/dashboard/quality-kelurahan';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import { listImports } from '@/lib/queries/list-imports';
import { listRejectionsByImport } from '@/lib/queries/list-rejections-by-import';

/** How many imports the history lists; the rest are counted, not shown. */
export const IMPORT_HISTORY_LIMIT = 50;

// Each read happens once per request, however many widgets of the page (the tiles and a card) ask for it.

/** Every kelurahan's coverage and freshness in the periode. */
export const readKelurahanQuality = cache(async (period: string) => {
  const { db } = await getDatabase();
  return getKelurahanQuality(db, period, readEnv().minDenominator);
});

/** Jakarta's coverage in the periode, through the disclosure rule. */
export const readJakartaCoverage = cache(async (period: string) => {
  const { db } = await getDatabase();
  return getJakartaCoverage(db, period, readEnv().minDenominator);
});

/** The imports that rejected rows of the periode, with their counts. */
export const readRejectionsByImport = cache(async (period: string) => {
  const { db } = await getDatabase();
  return listRejectionsByImport(db, { period });
});

/** The newest imports and how many there are in all. */
export const readImportHistory = cache(async () => {
  const { db } = await getDatabase();
  return listImports(db, { limit: IMPORT_HISTORY_LIMIT });
});
