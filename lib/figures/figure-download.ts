import 'server-only';
import { getDatabase } from '../db/server';
import { attachment } from '../export/attachment';
import { figureFileName } from '../export/figure-file-name';
import { requestedFile } from '../export/requested-file';
import { buildFigure, FIGURE_KINDS, type FigureKind } from './build-figure';
import { includesSynthetic, shownPeriods } from './figure-context';
import { type FigureRequest, readFigureRequest } from './figure-params';
import type { Figure } from './figure-types';
import { readFigureContext } from './read-figure-context';
import { renderFigureSvg } from './render-figure-svg';
import { svgToPng } from './svg-to-png';

const FORMATS = ['svg', 'png'] as const;
type FigureFormat = (typeof FORMATS)[number];

const CONTENT_TYPES: Record<FigureFormat, string> = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png' };

/** Files are named in Indonesian, like every download of the app. */
const FILE_WORDS: Record<FigureKind, string> = { map: 'peta', trend: 'tren', histogram: 'sebaran' };

/** The regions a figure shows, for its file name: a map's zoom, a trend's lines, none for a histogram. */
function drawnRegions(figure: Figure, request: FigureRequest): string[] {
  if (figure.kind === 'map') return figure.focus ? [figure.focus] : [];
  if (figure.kind === 'trend') return request.regions.map((region) => region.code);
  return [];
}

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
  const shown = shownPeriods(figure, figureRequest);
  const fileName = figureFileName(
    {
      what: FILE_WORDS[kind],
      indicators: [indicator.name.id],
      period: shown.at(-1) as string,
      compare: kind === 'map' ? figureRequest.compare : undefined,
      regions: drawnRegions(figure, figureRequest),
      synthetic: includesSynthetic(figureRequest.periods, shown),
    },
    format,
  );
  const body = format === 'svg' ? svg.svg : svgToPng(svg).png;
  return attachment(body as BodyInit, fileName, CONTENT_TYPES[format]);
}
