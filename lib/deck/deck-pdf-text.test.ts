import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { clampLines, wrapText } from './deck-pdf-text';

describe('wrapText', () => {
  let font: PDFFont;
  beforeAll(async () => {
    font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
  });

  it('keeps every line within the width and every word in order', () => {
    const text =
      'Definisi: rumah tangga dengan air minum layak dibagi jumlah rumah tangga yang didata. '.repeat(4);
    const lines = wrapText(text, font, 10, 200);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(200);
    expect(lines.join(' ')).toBe(text.trim());
  });

  it('keeps paragraphs and breaks a word longer than the line', () => {
    const lines = wrapText(`Satu\n\n${'x'.repeat(200)}`, font, 10, 100);
    expect(lines[0]).toBe('Satu');
    expect(lines[1]).toBe('');
    expect(lines.slice(2).join('')).toBe('x'.repeat(200));
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(100);
  });

  it('cuts to the allowed lines with an ellipsis', () => {
    const lines = clampLines(['a', 'b', 'c', 'd'], 2, font, 10, 100);
    expect(lines).toEqual(['a', 'b…']);
    expect(clampLines(['a'], 2, font, 10, 100)).toEqual(['a']);
  });
});
