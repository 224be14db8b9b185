import 'server-only';
import type { PDFFont } from 'pdf-lib';

/**
 * Line breaking for the PDF's notes: pdf-lib draws a string as one line, so the words are laid out here,
 * measured with the embedded font itself. Each word is measured once and lines are summed from word widths
 * (fontkit lays out every string it measures, so measuring each growing line made long notes take seconds);
 * the kerning across a space this ignores is far below a line's slack.
 */

type Measure = (text: string) => number;

function measurer(font: PDFFont, size: number): Measure {
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = font.widthOfTextAtSize(text, size);
      widths.set(text, width);
    }
    return width;
  };
}

/** Splits a word wider than the line by characters, so a long URL or code never runs off the page. */
function breakWord(word: string, measure: Measure, maxWidth: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const char of word) {
    const charWidth = measure(char);
    if (piece && width + charWidth > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += char;
    width += charWidth;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** One paragraph (no `\n`) as lines no wider than `maxWidth`. */
function wrapParagraph(text: string, measure: Measure, maxWidth: number): string[] {
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let width = 0;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = measure(word);
    if (line && width + space + wordWidth <= maxWidth) {
      line += ` ${word}`;
      width += space + wordWidth;
      continue;
    }
    if (line) lines.push(line);
    if (wordWidth <= maxWidth) {
      line = word;
      width = wordWidth;
      continue;
    }
    const pieces = breakWord(word, measure, maxWidth);
    line = pieces.pop() ?? '';
    width = measure(line);
    lines.push(...pieces);
  }
  if (line) lines.push(line);
  return lines;
}

/** Text with `\n` paragraphs as wrapped lines; an empty paragraph stays as an empty line between. */
export function wrapText(text: string, font: PDFFont, size: number, maxWidth: number): string[] {
  const measure = measurer(font, size);
  return text.split(/\r?\n/).flatMap((paragraph) => {
    const lines = wrapParagraph(paragraph, measure, maxWidth);
    return lines.length > 0 ? lines : [''];
  });
}

/** At most `max` lines; the last one kept ends in `…` when some were cut, so a cut is never silent. */
export function clampLines(
  lines: string[],
  max: number,
  font: PDFFont,
  size: number,
  maxWidth: number,
): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, Math.max(max, 1));
  let last = kept.pop() ?? '';
  while (last && font.widthOfTextAtSize(`${last}…`, size) > maxWidth) last = last.slice(0, -1);
  kept.push(`${last}…`);
  return kept;
}
