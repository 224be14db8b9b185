import 'server-only';
import { badParameter } from '../api/api-error';
import { readEnv } from '../env';
import { getLocale } from '../i18n/locale';
import { isLocale, type Locale } from '../i18n/locales';
import { translator } from '../i18n/translate';
import type { FigureContext } from './figure-context';
import type { FigureRequest } from './figure-params';

/** The language of an export: `lang=id|en` when asked, else the reader's choice (the language cookie). */
async function exportLocale(params: URLSearchParams): Promise<Locale> {
  const asked = params.get('lang')?.trim();
  if (!asked) return getLocale();
  if (!isLocale(asked)) throw badParameter('lang', { id: 'id atau en', en: 'id or en' }, asked);
  return asked;
}

export async function readFigureContext(
  params: URLSearchParams,
  request: FigureRequest,
): Promise<FigureContext> {
  const t = translator(await exportLocale(params));
  return { t, minDenominator: readEnv().minDenominator, periods: request.periods };
}
