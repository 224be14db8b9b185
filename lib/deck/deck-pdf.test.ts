import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { sampleDeck } from './deck.fixture';
import { buildPdf } from './deck-pdf';

/** Name and embedded file size of every font descriptor in the document. */
function embeddedFonts(pdf: PDFDocument) {
  return pdf.context
    .enumerateIndirectObjects()
    .map(([, object]) => object)
    .filter((object): object is PDFDict => object instanceof PDFDict)
    .filter((dict) => dict.get(PDFName.of('Type')) === PDFName.of('FontDescriptor'))
    .map((dict) => {
      const file = dict.lookup(PDFName.of('FontFile2'));
      return {
        name: String(dict.get(PDFName.of('FontName'))),
        bytes: file instanceof PDFRawStream ? file.contents.length : 0,
      };
    });
}

describe('buildPdf', () => {
  it('has a title page and one 16:9 page per figure', async () => {
    const deck = sampleDeck();
    const pdf = await PDFDocument.load(await buildPdf(deck));
    expect(pdf.getPageCount()).toBe(1 + deck.slides.length);
    for (const page of pdf.getPages()) {
      const { width, height } = page.getSize();
      expect(width / height).toBeCloseTo(16 / 9, 6);
    }
  });

  it('says its title, author and language in the metadata', async () => {
    const deck = sampleDeck({ language: 'en' });
    const pdf = await PDFDocument.load(await buildPdf(deck), { updateMetadata: false });
    expect(pdf.getTitle()).toBe('Meeting material: Safe water & "North Jakarta"');
    expect(pdf.getAuthor()).toBe('Jendela Keluarga');
    expect(pdf.getCreationDate()).toBeInstanceOf(Date);
    const lang = pdf.catalog.lookup(PDFName.of('Lang'));
    expect(lang instanceof PDFString ? lang.decodeText() : String(lang)).toContain('en-GB');
  });

  it('embeds Inter, so notes with ≥, –, · and ★ are drawn', async () => {
    const deck = sampleDeck();
    const first = deck.slides[0];
    if (!first) throw new Error('fixture has no slides');
    first.notes = 'Nilai ≥ 80% – baik · ★ ditekan';
    const bytes = await buildPdf(deck);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getPageCount()).toBe(4);
    const fonts = embeddedFonts(pdf);
    expect(fonts.map((font) => font.name)).toEqual(
      expect.arrayContaining([expect.stringContaining('Inter')]),
    );
    // The whole font: fontkit's subset of this Inter build leaves most glyphs blank (see deck-pdf.ts).
    for (const font of fonts) expect(font.bytes).toBeGreaterThan(100_000);
  });

  it('keeps very long notes on the page by shrinking the picture and cutting the rest', async () => {
    const deck = sampleDeck();
    const first = deck.slides[0];
    if (!first) throw new Error('fixture has no slides');
    first.notes = Array.from(
      { length: 80 },
      (_, i) => `Baris ${i + 1}: ${'catatan panjang '.repeat(12)}`,
    ).join('\n');
    const pdf = await PDFDocument.load(await buildPdf(deck));
    // Still one page per figure: the notes never spill onto a page of their own.
    expect(pdf.getPageCount()).toBe(1 + deck.slides.length);
  });
});
