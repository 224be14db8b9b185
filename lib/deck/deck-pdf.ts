import 'server-only';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import { loadInterFonts } from './deck-fonts';
import { clampLines, wrapText } from './deck-pdf-text';
import { APP_NAME, deckLang, hexChannels, SLATE } from './deck-style';
import type { Deck, DeckSlide } from './deck-types';
import { drawPicture } from './pdf-picture';

/** 16:9 in points; the PPTX's 10 inches are 960 pt here, so its sizes scale by 96/72. */
const PAGE_W = 960;
const PAGE_H = 540;
const MARGIN = 48;
const CONTENT_W = PAGE_W - 2 * MARGIN;
/** The picture may shrink for long notes, never below this height (then the notes are cut with `…`). */
const MIN_PICTURE_H = 200;
const NOTES = { headingSize: 12, size: 10, leading: 13.5, gap: 14 } as const;
const FOOT_Y = 20;

export const PDF_CONTENT_TYPE = 'application/pdf';

type Fonts = { regular: PDFFont; bold: PDFFont };

function colour(hex: string) {
  return rgb(...hexChannels(hex));
}

/** Lines of `text` at the largest size from `sizes` that needs no more than `maxLines` (then cut). */
function fitLines(text: string, font: PDFFont, sizes: number[], maxLines: number) {
  for (const size of sizes) {
    const lines = wrapText(text, font, size, CONTENT_W);
    if (lines.length <= maxLines) return { size, lines };
  }
  const size = sizes[sizes.length - 1] ?? 12;
  return { size, lines: clampLines(wrapText(text, font, size, CONTENT_W), maxLines, font, size, CONTENT_W) };
}

/** Page number bottom right; the app and deck title bottom left, so a printed page says where it is from. */
function drawFoot(page: PDFPage, fonts: Fonts, deck: Deck, number: number, total: number): void {
  const size = 9;
  const pageText = `${number} / ${total}`;
  const pageWidth = fonts.regular.widthOfTextAtSize(pageText, size);
  page.drawText(pageText, {
    x: PAGE_W - MARGIN - pageWidth,
    y: FOOT_Y,
    size,
    font: fonts.regular,
    color: colour(SLATE[500]),
  });
  const [origin = ''] = clampLines(
    wrapText(`${APP_NAME} · ${deck.title}`, fonts.regular, size, CONTENT_W - pageWidth - 24),
    1,
    fonts.regular,
    size,
    CONTENT_W - pageWidth - 24,
  );
  page.drawText(origin, { x: MARGIN, y: FOOT_Y, size, font: fonts.regular, color: colour(SLATE[500]) });
}

/** The title page: the same design and content as the PPTX title slide. */
function drawTitlePage(pdf: PDFDocument, fonts: Fonts, deck: Deck): PDFPage {
  const page = pdf.addPage([PAGE_W, PAGE_H]);
  const bandH = 317;
  page.drawRectangle({ x: 0, y: PAGE_H - bandH, width: PAGE_W, height: bandH, color: colour(SLATE[800]) });
  page.drawRectangle({ x: 0, y: PAGE_H - bandH - 6, width: PAGE_W, height: 6, color: colour('0072B2') });
  page.drawText(APP_NAME, {
    x: MARGIN,
    y: PAGE_H - 56,
    size: 16,
    font: fonts.bold,
    color: colour(SLATE[300]),
  });
  // The title sits on the band's lower part, growing upwards: bottom-aligned like the slide's.
  const title = fitLines(deck.title, fonts.bold, [42, 36, 30, 26], 3);
  const titleLeading = title.size * 1.15;
  title.lines.forEach((line, index) => {
    const y = PAGE_H - 218 + (title.lines.length - 1 - index) * titleLeading;
    page.drawText(line, { x: MARGIN, y, size: title.size, font: fonts.bold, color: rgb(1, 1, 1) });
  });
  const subtitle = fitLines(deck.subtitle, fonts.regular, [21, 18, 16], 2);
  subtitle.lines.forEach((line, index) => {
    const y = PAGE_H - 258 - index * subtitle.size * 1.2;
    page.drawText(line, {
      x: MARGIN,
      y,
      size: subtitle.size,
      font: fonts.regular,
      color: colour(SLATE[200]),
    });
  });
  const made = fitLines(deck.made, fonts.regular, [18, 15], 1);
  page.drawText(made.lines[0] ?? '', {
    x: MARGIN,
    y: PAGE_H - 375,
    size: made.size,
    font: fonts.regular,
    color: colour(SLATE[700]),
  });
  const source = fitLines(deck.source, fonts.regular, [14, 12, 10], 3);
  source.lines.forEach((line, index) => {
    const y = PAGE_H - 418 - index * source.size * 1.3;
    page.drawText(line, { x: MARGIN, y, size: source.size, font: fonts.regular, color: colour(SLATE[500]) });
  });
  return page;
}

/**
 * A figure page: the picture (it carries the title, legend, source and notes of the figure) as large as
 * the notes leave room for, and the speaker notes under it.
 */
async function drawFigurePage(pdf: PDFDocument, fonts: Fonts, deck: Deck, item: DeckSlide): Promise<PDFPage> {
  const page = pdf.addPage([PAGE_W, PAGE_H]);
  const top = 28;
  const bottom = FOOT_Y + 26;
  const headingH = NOTES.headingSize + 6;
  const room = PAGE_H - top - bottom - NOTES.gap - headingH;
  const maxLines = Math.max(1, Math.floor((room - MIN_PICTURE_H) / NOTES.leading));
  const wrapped = wrapText(item.notes.trim(), fonts.regular, NOTES.size, CONTENT_W);
  const lines = clampLines(wrapped, maxLines, fonts.regular, NOTES.size, CONTENT_W);
  // Long notes shrink the picture (keeping its aspect) rather than run off the page.
  const pictureRoom = room - lines.length * NOTES.leading;
  const scale = Math.min(CONTENT_W / item.picture.width, pictureRoom / item.picture.height);
  const width = item.picture.width * scale;
  const height = item.picture.height * scale;
  const pictureBottom = PAGE_H - top - height;
  drawPicture(pdf, page, item.picture, { x: (PAGE_W - width) / 2, y: pictureBottom, width, height });
  let y = pictureBottom - NOTES.gap - NOTES.headingSize;
  page.drawLine({
    start: { x: MARGIN, y: y + NOTES.headingSize + 6 },
    end: { x: PAGE_W - MARGIN, y: y + NOTES.headingSize + 6 },
    thickness: 0.5,
    color: colour(SLATE[300]),
  });
  page.drawText(deck.notesHeading, {
    x: MARGIN,
    y,
    size: NOTES.headingSize,
    font: fonts.bold,
    color: colour(SLATE[700]),
  });
  y -= headingH - NOTES.headingSize + NOTES.leading;
  for (const line of lines) {
    page.drawText(line, { x: MARGIN, y, size: NOTES.size, font: fonts.regular, color: colour(SLATE[700]) });
    y -= NOTES.leading;
  }
  return page;
}

/** "Bahan rapat" as a 16:9 PDF: a title page, then one page per figure with its speaker notes. */
export async function buildPdf(deck: Deck): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const bytes = await loadInterFonts();
  // Whole fonts (~180 KB each, compressed): fontkit's subsetting corrupts this Inter build — most glyphs
  // come out blank (pdf-lib #1232, #494), while the text layer still reads fine, so only a look shows it.
  const fonts: Fonts = {
    regular: await pdf.embedFont(bytes.regular, { subset: false }),
    bold: await pdf.embedFont(bytes.bold, { subset: false }),
  };
  const now = new Date();
  pdf.setTitle(deck.title, { showInWindowTitleBar: true });
  pdf.setSubject(deck.subtitle);
  pdf.setAuthor(APP_NAME);
  pdf.setCreator(APP_NAME);
  pdf.setProducer(APP_NAME);
  pdf.setLanguage(deckLang(deck));
  pdf.setCreationDate(now);
  pdf.setModificationDate(now);
  const pages = [drawTitlePage(pdf, fonts, deck)];
  for (const item of deck.slides) pages.push(await drawFigurePage(pdf, fonts, deck, item));
  for (const [index, page] of pages.entries()) drawFoot(page, fonts, deck, index + 1, pages.length);
  return pdf.save();
}
