import 'server-only';
import { regionLabel } from '../dashboard/region-label';
import type { Database } from '../db/client';
import { getDatabase } from '../db/server';
import { buildPdf, PDF_CONTENT_TYPE } from '../deck/deck-pdf';
import { buildPptx, PPTX_CONTENT_TYPE } from '../deck/deck-pptx';
import type { Deck, DeckSlide } from '../deck/deck-types';
import { attachment } from '../export/attachment';
import { figureFileName } from '../export/figure-file-name';
import { requestedFile } from '../export/requested-file';
import { type FigureContext, includesSynthetic, shownPeriods, sourceLine } from '../figures/figure-context';
import { type FigureRequest, readFigureRequest } from '../figures/figure-params';
import { readFigureContext } from '../figures/read-figure-context';
import { renderFigureSvg, renderMapBodySvg } from '../figures/render-figure-svg';
import { svgToPng } from '../figures/svg-to-png';
import { formatCount, formatJakartaTime } from '../format';
import { periodLabel } from '../i18n/period-label';
import { planSlides, requireRegions } from './deck-slides';
import { DECK_VIEWS, type DeckView, MAX_DECK_INDICATORS } from './deck-views';
import { slideNotes } from './slide-notes';

const FORMATS = ['pptx', 'pdf'] as const;
type DeckFormat = (typeof FORMATS)[number];

function deckTitle(view: DeckView, request: FigureRequest, { t }: FigureContext): string {
  if (view === 'profile' && request.regions[0])
    return t('deck.title.profile', { region: regionLabel(request.regions[0], t) });
  return t(`deck.title.${view === 'profile' ? 'overview' : view}`);
}

function deckSubtitle(view: DeckView, request: FigureRequest, { t }: FigureContext): string {
  const where =
    view === 'overview' || request.regions.length === 0
      ? 'DKI Jakarta'
      : request.regions.map((region) => regionLabel(region, t)).join(', ');
  return `${where} · ${periodLabel(t, request.period)}`;
}

async function deckOf(
  db: Database,
  view: DeckView,
  format: DeckFormat,
  request: FigureRequest,
  context: FigureContext,
): Promise<Deck> {
  const { t } = context;
  const slides: DeckSlide[] = [];
  for (const indicator of request.indicators) {
    for (const { figure, values } of await planSlides(view, { db, indicator, request, context })) {
      // A PPTX slide writes the title and source itself, so its map picture is the map and key alone (larger).
      const drawn =
        format === 'pptx' && figure.kind === 'map' ? renderMapBodySvg(figure) : renderFigureSvg(figure);
      slides.push({
        figure,
        picture: svgToPng(drawn),
        notes: slideNotes(indicator, figure, values, context),
      });
    }
  }
  return {
    language: t.locale,
    title: deckTitle(view, request, context),
    subtitle: deckSubtitle(view, request, context),
    made: t('deck.made', { when: formatJakartaTime(new Date(), t.numberLocale) }),
    source: sourceLine(context, [request.period]),
    notesHeading: t('deck.notesHeading'),
    titleNotes: t('deck.titleNotes', {
      count: String(slides.length),
      min: formatCount(context.minDenominator, t.numberLocale),
    }),
    slides,
  };
}

/** Answers `/api/v1/decks/{overview,map,profile,compare}.{pptx,pdf}`: "Bahan rapat" of a view. */
export async function readDeckDownload(request: Request): Promise<Response> {
  const { name: view, format } = requestedFile(request, DECK_VIEWS, FORMATS);
  const params = new URL(request.url).searchParams;
  const { db } = await getDatabase();
  const figureRequest = await readFigureRequest(db, params, MAX_DECK_INDICATORS);
  if (view === 'profile' || view === 'compare') requireRegions(figureRequest, view);
  const context = await readFigureContext(params, figureRequest);
  const deck = await deckOf(db, view, format, figureRequest, context);
  const bytes = format === 'pptx' ? await buildPptx(deck) : await buildPdf(deck);
  const fileName = figureFileName(
    {
      what: 'bahan-rapat',
      indicators: figureRequest.indicators.map((indicator) => indicator.name.id),
      period: figureRequest.period,
      compare: view === 'map' ? figureRequest.compare : undefined,
      regions: view === 'overview' ? [] : figureRequest.regions.map((region) => region.code),
      synthetic: deck.slides.some((slide) =>
        includesSynthetic(figureRequest.periods, shownPeriods(slide.figure, figureRequest)),
      ),
    },
    format,
  );
  return attachment(bytes as BodyInit, fileName, format === 'pptx' ? PPTX_CONTENT_TYPE : PDF_CONTENT_TYPE);
}
