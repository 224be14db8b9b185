import 'server-only';
import { notFound } from '../api/api-error';
import { getDatabase } from '../db/server';
import { attachment } from '../export/attachment';
import { figureFileName } from '../export/figure-file-name';
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

function requestedFile(request: Request): { kind: FigureKind; format: FigureFormat } {
  const file = new URL(request.url).pathname.split('/').at(-1) ?? '';
  const [kind, format] = file.split('.');
  if (
    (FIGURE_KINDS as readonly string[]).includes(kind ?? '') &&
    (FORMATS as readonly string[]).includes(format ?? '')
  )
    return { kind: kind as FigureKind, format: format as FigureFormat };
  const names = FIGURE_KINDS.flatMap((name) => FORMATS.map((ext) => `${name}.${ext}`)).join(', ');
  throw notFound(
    `Gambar "${file}" tidak ada. Yang ada: ${names}.`,
    `There is no figure "${file}". There are: ${names}.`,
  );
}

/** Answers `/api/v1/figures/{map,trend,histogram}.{svg,png}` with the figure drawn from aggregated values. */
export async function readFigureDownload(request: Request): Promise<Response> {
  const { kind, format } = requestedFile(request);
  const params = new URL(request.url).searchParams;
  const { db } = await getDatabase();
  const figureRequest = await readFigureRequest(db, params, 1);
  const context = await readFigureContext(params, figureRequest);
  const indicator = figureRequest.indicators[0];
  if (!indicator) throw new Error('readFigureRequest gives at least one indicator');
  const figure = await buildFigure(db, kind, indicator, figureRequest, context);
  const svg = renderFigureSvg(figure);
  const shown = kind === 'trend' ? figureRequest.periods.map((row) => row.period) : [figureRequest.period];
  const name = figureFileName(
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
  return attachment(body as BodyInit, name, CONTENT_TYPES[format]);
}
