import 'server-only';
import { cache } from 'react';
import { getDatabase } from '@/lib/db/server';
import { listPeriods, type PeriodRow } from '@/lib/queries/list-periods';

/** The periods with data, read once per request however many server components ask (the shell and the page). */
export const readPeriods = cache(async (): Promise<PeriodRow[]> => {
  const { db } = await getDatabase();
  return listPeriods(db);
});
