import 'server-only';
import { getDatabase } from '../db/server';
import { attachment } from '../export/attachment';
import { figureFileName } from '../export/figure-file-name';
import { requestedFile } from '../export/requested-file';
import { buildFigure, FIGURE_KINDS, type FigureKind } from './build-figure';
import { allSynthetic } from './figure-context';
import { readFigureRequest } from './figure-params';
import { readFigureContext } from './read-figure-context';
import { renderFigureSvg } from './render-figure-svg';
import { svgToPng } from './svg-to-png';

const FORMATS = ['svg', 'png'] as const;
type FigureFormat = (typeof FORMATS)[number];

const CONTENT_TYPES: Record<FigureFormat, string> = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png' };

/** Files are named in Indonesian, like every download of the app. */
const FILE_WORDS: Record<FigureKind, string> = { map: 'peta', trend: 'tren', histogram: 'sebaran' };

/** Answers `/api/v1/figures/{map,trend,histogram}.{svg,png}` with the figure drawn from aggregated values. */
export async function readFigureDownload(request: Request): Promise<Response> {
  const { name: kind, format } = requestedFile(request, FIGURE_KINDS, FORMATS);
  const params = new URL(request.url).searchParams;
  const { db } = await getDatabase();
  const figureRequest = await readFigureRequest(db, params, 1);
  const context = await readFigureContext(params, figureRequest);
  const indicator = figureRequest.indicators[0];
  if (!indicator) throw new Error('readFigureRequest gives at least one indicator');
  const figure = await buildFigure(db, kind, indicator, figureRequest, context);
  const svg = renderFigureSvg(figure);
  const shown = kind === 'trend' ? figureRequest.periods.map((row) => row.period) : [figureRequest.period];
  const fileName = figureFileName(
    {
      what: FILE_WORDS[kind],
      indicators: [indicator.name.id],
      period: kind === 'trend' ? (shown.at(-1) as string) : figureRequest.period,
      compare: kind === 'map' ? figureRequest.compare : undefined,
      regions: figureRequest.regions.map((region) => region.code),
      synthetic: allSynthetic(figureRequest.periods, shown),
    },
    format,
  );
  const body = format === 'svg' ? svg.svg : svgToPng(svg).png;
  return attachment(body as BodyInit, fileName, CONTENT_TYPES[format]);
}
