import 'server-only';
import PptxGenJS from 'pptxgenjs';
import type { RenderedPng } from '../figures/figure-types';
import { addBarsChart, addTrendChart, type Box } from './deck-pptx-charts';
import { finishPptx } from './deck-pptx-finish';
import { APP_NAME, deckLang, figureFoot, SLATE } from './deck-style';
import type { Deck, DeckSlide } from './deck-types';

/** 16:9 is 10 × 5.625 inches; everything below is placed in inches inside that. */
const SLIDE_W = 10;
const MARGIN = 0.5;
const CONTENT_W = SLIDE_W - 2 * MARGIN;
/** Between the subtitle and the foot: where a chart or the map picture goes. */
const BODY: Box = { x: MARGIN, y: 1.2, w: CONTENT_W, h: 3.5 };
const FONT = 'Arial';

export const PPTX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

function addTitleSlide(pptx: PptxGenJS, deck: Deck, lang: string): void {
  const slide = pptx.addSlide();
  const text = { fontFace: FONT, lang, margin: 0 } as const;
  // A dark slate band carries the title; the rest stays white so the deck prints well.
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 0,
    w: SLIDE_W,
    h: 3.3,
    fill: { color: SLATE[800] },
    line: { type: 'none' },
  });
  slide.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: 3.3,
    w: SLIDE_W,
    h: 0.06,
    fill: { color: '0072B2' },
    line: { type: 'none' },
  });
  slide.addText(APP_NAME, {
    ...text,
    x: MARGIN,
    y: 0.4,
    w: CONTENT_W,
    h: 0.3,
    fontSize: 12,
    color: SLATE[300],
    bold: true,
  });
  slide.addText(deck.title, {
    ...text,
    x: MARGIN,
    y: 0.85,
    w: CONTENT_W,
    h: 1.5,
    fontSize: 32,
    bold: true,
    color: 'FFFFFF',
    valign: 'bottom',
    fit: 'shrink',
  });
  slide.addText(deck.subtitle, {
    ...text,
    x: MARGIN,
    y: 2.45,
    w: CONTENT_W,
    h: 0.65,
    fontSize: 16,
    color: SLATE[200],
    valign: 'top',
    fit: 'shrink',
  });
  slide.addText(deck.made, {
    ...text,
    x: MARGIN,
    y: 3.7,
    w: CONTENT_W,
    h: 0.4,
    fontSize: 14,
    color: SLATE[700],
  });
  slide.addText(deck.source, {
    ...text,
    x: MARGIN,
    y: 4.2,
    w: CONTENT_W,
    h: 0.9,
    fontSize: 11,
    color: SLATE[500],
    valign: 'top',
    fit: 'shrink',
  });
  slide.addNotes(deck.titleNotes);
}

/** The largest box of the picture's aspect that fits `area`, centred in it: a map is never stretched. */
export function fitPicture(picture: Pick<RenderedPng, 'width' | 'height'>, area: Box): Box {
  const scale = Math.min(area.w / picture.width, area.h / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  return { x: area.x + (area.w - w) / 2, y: area.y + (area.h - h) / 2, w, h };
}

function addFigureSlide(pptx: PptxGenJS, item: DeckSlide, lang: string): void {
  const { figure, picture } = item;
  const slide = pptx.addSlide();
  const text = { fontFace: FONT, lang, margin: 0 } as const;
  // A slim slate bar beside the title: the same accent on every figure slide.
  slide.addShape(pptx.ShapeType.rect, {
    x: 0.3,
    y: 0.36,
    w: 0.07,
    h: 0.42,
    fill: { color: SLATE[700] },
    line: { type: 'none' },
  });
  slide.addText(figure.title, {
    ...text,
    x: MARGIN,
    y: 0.3,
    w: CONTENT_W,
    h: 0.5,
    fontSize: 22,
    bold: true,
    color: SLATE[900],
    valign: 'middle',
    fit: 'shrink',
  });
  slide.addText(figure.subtitle, {
    ...text,
    x: MARGIN,
    y: 0.82,
    w: CONTENT_W,
    h: 0.3,
    fontSize: 12,
    color: SLATE[500],
    valign: 'top',
    fit: 'shrink',
  });
  if (figure.kind === 'trend') addTrendChart(pptx, slide, figure, BODY, lang);
  else if (figure.kind === 'bars') addBarsChart(pptx, slide, figure, BODY, lang);
  else {
    const base64 = Buffer.from(picture.png).toString('base64');
    slide.addImage({
      data: `image/png;base64,${base64}`,
      ...fitPicture(picture, BODY),
      altText: figure.title,
    });
  }
  slide.addText(
    figureFoot(figure).map((line, index, lines) => ({
      text: line,
      options: { breakLine: index < lines.length - 1 },
    })),
    {
      ...text,
      x: MARGIN,
      y: 4.8,
      w: CONTENT_W,
      h: 0.65,
      fontSize: 9,
      color: SLATE[500],
      valign: 'top',
      fit: 'shrink',
    },
  );
  slide.addNotes(item.notes);
}

/** "Bahan rapat" as a 16:9 PowerPoint file: a title slide, then one slide per figure. */
export async function buildPptx(deck: Deck): Promise<Uint8Array> {
  const lang = deckLang(deck);
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = deck.title;
  pptx.subject = deck.subtitle;
  pptx.author = APP_NAME;
  pptx.company = APP_NAME;
  addTitleSlide(pptx, deck, lang);
  for (const item of deck.slides) addFigureSlide(pptx, item, lang);
  const written = (await pptx.write({ outputType: 'nodebuffer' })) as Uint8Array;
  return finishPptx(written, lang);
}
