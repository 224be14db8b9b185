import 'server-only';
import { cache } from 'react';
import { getIndicatorFigures, type IndicatorFigures } from '@/lib/dashboard/indicator-page';
import { getDatabase } from '@/lib/db/server';
import { readEnv } from '@/lib/env';
import type { Translate } from '@/lib/i18n/translate';
import { findIndicator, type Indicator } from '@/lib/indicators/catalogue';

/**
 * The figures of an indicator's page, read once per request however many of its widgets ask (Jakarta's
 * value, the histogram and the ranking all come from the same kelurahan values).
 */
export const readIndicatorFigures = cache(
  async (id: string, period: string, previous: string | undefined): Promise<IndicatorFigures> => {
    const { db } = await getDatabase();
    const indicator = findIndicator(id) as Indicator;
    return getIndicatorFigures(db, { indicator, period, previous }, readEnv().minDenominator);
  },
);

/** What each widget of an indicator's page is given: the indicator, the periode and the one before it. */
export type IndicatorWidgetProps = {
  indicator: Indicator;
  period: string;
  previous: string | undefined;
  t: Translate;
};
