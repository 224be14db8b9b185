import type { FigureText, RenderedSvg } from './figure-types';
import { escapeXml, svgText, wrapText } from './svg-text';

/** Every exported figure is 1200 px wide: sharp on a 16:9 slide and legible when printed at A4 width. */
export const FIGURE_WIDTH = 1200;
export const MARGIN = 48;
export const CONTENT_WIDTH = FIGURE_WIDTH - 2 * MARGIN;
export const FONT_FAMILY = 'Inter, Arial, sans-serif';
export const SLATE = '#475569';
export const INK = '#0f172a';

/** A piece of the figure laid out from a given top: its markup and the height it takes. */
export type Block = { markup: string; height: number };

const TITLE = { size: 30, lineHeight: 38 };
const SUBTITLE = { size: 18, lineHeight: 24 };
const FOOT = { size: 14, lineHeight: 20 };

/** Title and subtitle, wrapped to the content width; the body starts below `height`. */
export function frameHeader(text: FigureText): Block {
  const parts: string[] = [];
  let y = MARGIN;
  for (const line of wrapText(text.title, CONTENT_WIDTH, TITLE.size, true)) {
    // The baseline sits about 0.8 em below the line's top.
    parts.push(svgText(MARGIN, y + TITLE.size * 0.82, line, { size: TITLE.size, weight: 'bold', fill: INK }));
    y += TITLE.lineHeight;
  }
  if (text.subtitle) {
    y += 4;
    for (const line of wrapText(text.subtitle, CONTENT_WIDTH, SUBTITLE.size)) {
      parts.push(svgText(MARGIN, y + SUBTITLE.size * 0.82, line, { size: SUBTITLE.size, fill: SLATE }));
      y += SUBTITLE.lineHeight;
    }
  }
  return { markup: parts.join(''), height: y + 28 };
}

/** Notes, each starting its own line, then the source, all small and slate at the foot of the figure. */
export function frameFooter(text: FigureText, top: number): Block {
  const parts: string[] = [];
  let y = top;
  const lines = [...text.notes, text.source].filter((line) => line.trim() !== '');
  for (const paragraph of lines) {
    for (const line of wrapText(paragraph, CONTENT_WIDTH, FOOT.size)) {
      parts.push(svgText(MARGIN, y + FOOT.size * 0.82, line, { size: FOOT.size, fill: SLATE }));
      y += FOOT.lineHeight;
    }
  }
  return { markup: parts.join(''), height: y - top + MARGIN - 8 };
}

/**
 * The whole figure: header, the body laid out by `body(top)`, a rule, then the footer. The body decides its
 * own height, so the document is as tall as the content needs.
 */
export function composeFigure(text: FigureText, body: (top: number) => Block): RenderedSvg {
  const header = frameHeader(text);
  const main = body(header.height);
  const ruleY = header.height + main.height + 20;
  const footer = frameFooter(text, ruleY + 16);
  const height = Math.ceil(ruleY + 16 + footer.height);
  const rule = `<line x1="${MARGIN}" y1="${ruleY}" x2="${FIGURE_WIDTH - MARGIN}" y2="${ruleY}" stroke="#cbd5e1"/>`;
  return svgDocument(text.title, height, [header.markup, main.markup, rule, footer.markup]);
}

/** A standalone SVG document of the figure's width on white, titled for screen readers and file browsers. */
function svgDocument(title: string, height: number, parts: string[]): RenderedSvg {
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${FIGURE_WIDTH}" height="${height}" `,
    `viewBox="0 0 ${FIGURE_WIDTH} ${height}" font-family="${FONT_FAMILY}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${FIGURE_WIDTH}" height="${height}" fill="#ffffff"/>`,
    ...parts,
    '</svg>',
  ].join('');
  return { svg, width: FIGURE_WIDTH, height };
}

/** The body alone (a map and its key), for a slide that writes the title and the source itself. */
export function composeBody(text: FigureText, body: (top: number) => Block): RenderedSvg {
  const main = body(MARGIN / 2);
  return svgDocument(text.title, Math.ceil(main.height + MARGIN), [main.markup]);
}
