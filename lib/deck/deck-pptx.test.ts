import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleDeck } from './deck.fixture';
import { buildPptx, fitPicture } from './deck-pptx';

async function open(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const entry = (name: string) => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} is not in the file`);
    return file;
  };
  const read = (name: string) => entry(name).async('string');
  const readBytes = (name: string) => entry(name).async('uint8array');
  /** The parts a slide refers to (charts, media, notes), resolved from its relationships. */
  const targets = async (slide: number) => {
    const rels = await read(`ppt/slides/_rels/slide${slide}.xml.rels`);
    return [...rels.matchAll(/Target="([^"]+)"/g)].map((match) => match[1] ?? '');
  };
  return { names, read, readBytes, targets };
}

describe('buildPptx', () => {
  const deck = sampleDeck();
  let pptx: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    pptx = await open(await buildPptx(deck));
  });

  it('has a title slide and one slide per figure', () => {
    const slides = pptx.names.filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(1 + deck.slides.length);
  });

  it('puts the title, subtitle, made line and source on the title slide, XML-escaped', async () => {
    const xml = await pptx.read('ppt/slides/slide1.xml');
    expect(deck.title).toMatch(/&.*"/);
    expect(xml).toContain('Bahan rapat: Air minum &amp; &quot;Jakarta Utara&quot;');
    expect(xml).toContain(deck.subtitle);
    expect(xml).toContain(deck.made);
    expect(xml).toContain(deck.source);
    expect(xml).toContain('Jendela Keluarga');
  });

  it('makes the trend a native line chart with the series names and period labels', async () => {
    const chart = (await pptx.targets(2)).find((target) => target.includes('charts/'));
    expect(chart).toBeDefined();
    const xml = await pptx.read(`ppt/charts/${chart?.split('/').pop()}`);
    expect(xml).toContain('<c:lineChart>');
    expect(xml).toContain('Kota Jakarta Utara');
    expect(xml).toContain('Provinsi DKI Jakarta');
    for (const period of ['2024S1', '2025S1', '2026S1']) expect(xml).toContain(`<c:v>${period}</c:v>`);
    expect(xml).toContain('<c:dispBlanksAs val="gap"/>');
    expect(xml).toContain('formatCode="0.0&quot;%&quot;"');
  });

  it('leaves a null out of the line (a gap) and keeps a zero as 0', async () => {
    const xml = await pptx.read('ppt/charts/chart1.xml');
    const series = xml.split('<c:ser>').slice(1);
    const values = (ser: string) => {
      const cache = ser.slice(ser.indexOf('<c:val>'));
      return [...cache.matchAll(/<c:pt idx="(\d+)"><c:v>([^<]*)<\/c:v>/g)].map((m) => [m[1], m[2]]);
    };
    // Kota Jakarta Utara has no value for 2025S1 (index 2): the point is absent, not empty or 0.
    expect(values(series[0] ?? '')).toEqual([
      ['0', '78.2'],
      ['1', '80.1'],
      ['3', '83.4'],
      ['4', '84'],
    ]);
    expect(values(series[1] ?? '')).toContainEqual(['4', '0']);
    expect(xml).not.toContain('<c:v></c:v>');
  });

  it('keeps the embedded data sheet editable: a null is an empty cell, a zero is 0', async () => {
    const workbook = await open(await pptx.readBytes('ppt/embeddings/Microsoft_Excel_Worksheet1.xlsx'));
    const sheet = await workbook.read('xl/worksheets/sheet1.xml');
    expect(sheet).toContain('<c r="B4"/>');
    expect(sheet).toContain('<c r="C6"><v>0</v></c>');
    expect(sheet).not.toContain('<v></v>');
  });

  it('makes the bars a native horizontal bar chart, top bar first, with data labels', async () => {
    const chart = (await pptx.targets(3)).find((target) => target.includes('charts/'));
    const xml = await pptx.read(`ppt/charts/${chart?.split('/').pop()}`);
    expect(xml).toContain('<c:barChart>');
    expect(xml).toContain('<c:barDir val="bar"/>');
    expect(xml).toContain('<c:showVal val="1"/>');
    // Drawn bottom-up, so the figure's first bar (Penjaringan) is the chart's last category.
    const labels = [...xml.matchAll(/<c:pt idx="\d+"><c:v>([A-Z][^<]*)<\/c:v>/g)].map((m) => m[1]);
    expect(labels.indexOf('Penjaringan')).toBeGreaterThan(labels.indexOf('Cilincing'));
  });

  it('says which bars have no value in the slide foot', async () => {
    const xml = await pptx.read('ppt/slides/slide3.xml');
    expect(xml).toContain('Pademangan: ditekan');
    expect(xml).toContain(deck.source);
  });

  it('places the map as a picture', async () => {
    const targets = await pptx.targets(4);
    expect(targets.some((target) => target.includes('media/') && target.endsWith('.png'))).toBe(true);
    expect(targets.some((target) => target.includes('charts/'))).toBe(false);
    const xml = await pptx.read('ppt/slides/slide4.xml');
    expect(xml).toContain('Air minum layak per kelurahan');
    expect(xml).toContain('3 kelurahan ditekan (n &lt; 10)');
  });

  it('writes the speaker notes, and says on the title slide what the deck holds', async () => {
    expect(await pptx.read('ppt/notesSlides/notesSlide1.xml')).toContain('berisi 3 slide');
    expect(await pptx.read('ppt/notesSlides/notesSlide2.xml')).toContain('nilai ≥ 80% dianggap baik');
    expect(await pptx.read('ppt/notesSlides/notesSlide3.xml')).toContain(
      'Pademangan ditekan karena n &lt; 10',
    );
  });

  it('tags the text in the deck language', async () => {
    expect(await pptx.read('ppt/slides/slide1.xml')).toContain('lang="id-ID"');
    const english = await open(await buildPptx(sampleDeck({ language: 'en' })));
    const slide = await english.read('ppt/slides/slide2.xml');
    expect(slide).toContain('lang="en-GB"');
    expect(slide).not.toMatch(/(?<!alt)lang="en-US"/);
    expect(await english.read('docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
    expect(await english.read('docProps/core.xml')).toContain('Meeting material: Safe water &amp;');
    expect(await english.read('ppt/notesSlides/notesSlide1.xml')).toContain(
      'This deck holds 3 figure slides',
    );
  });
});

describe('fitPicture', () => {
  it('keeps the aspect and centres the picture in the area', () => {
    const box = fitPicture({ width: 2400, height: 1520 }, { x: 0.5, y: 1.2, w: 9, h: 3.5 });
    expect(box.w / box.h).toBeCloseTo(2400 / 1520, 6);
    expect(box.h).toBeCloseTo(3.5, 6);
    expect(box.x + box.w / 2).toBeCloseTo(5, 6);
    const wide = fitPicture({ width: 3000, height: 500 }, { x: 0.5, y: 1.2, w: 9, h: 3.5 });
    expect(wide.w).toBeCloseTo(9, 6);
    expect(wide.y + wide.h / 2).toBeCloseTo(1.2 + 1.75, 6);
  });
});
