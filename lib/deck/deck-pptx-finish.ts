import 'server-only';
import JSZip from 'jszip';

/**
 * Fixes to what pptxgenjs writes, made on the finished file (JSZip is pptxgenjs' own dependency):
 *
 * - A null value comes out as an empty point `<c:pt idx="2"><c:v></c:v></c:pt>`, which a reader may take
 *   as 0. The OOXML way to say "no value" is to leave the point out, so `dispBlanksAs="gap"` breaks the
 *   line there (and leaves the bar out).
 * - The embedded data sheet has the same empty cells as `<c r="C3"><v></v></c>`; they become empty cells.
 * - pptxgenjs has no presentation language and tags its own runs (notes, defaults) `en-US`: they get the
 *   deck's language, and the core properties say it too.
 */

const EMPTY_POINT = /<c:pt idx="\d+"><c:v><\/c:v><\/c:pt>/g;
const EMPTY_CELL = /<c r="([A-Z]+\d+)"><v><\/v><\/c>/g;
const US_LANG = /(?<!alt)lang="en-US"/g;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function rewrite(zip: JSZip, name: string, change: (xml: string) => string): Promise<void> {
  const file = zip.file(name);
  if (!file) return;
  zip.file(name, change(await file.async('string')));
}

async function fixWorkbook(zip: JSZip, name: string): Promise<void> {
  const file = zip.file(name);
  if (!file) return;
  const workbook = await JSZip.loadAsync(await file.async('uint8array'));
  await rewrite(workbook, 'xl/worksheets/sheet1.xml', (xml) => xml.replace(EMPTY_CELL, '<c r="$1"/>'));
  zip.file(name, await workbook.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

export async function finishPptx(bytes: Uint8Array, lang: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files);
  const tagged = /^ppt\/(slides|notesSlides|charts)\/[^/]+\.xml$|^ppt\/presentation\.xml$/;
  const work: Promise<void>[] = [];
  for (const name of names) {
    const isChart = /^ppt\/charts\/chart\d+\.xml$/.test(name);
    if (tagged.test(name)) {
      work.push(
        rewrite(zip, name, (xml) => {
          const withLang = xml.replace(US_LANG, `lang="${lang}"`);
          return isChart ? withLang.replace(EMPTY_POINT, '') : withLang;
        }),
      );
    }
    if (/^ppt\/embeddings\/[^/]+\.xlsx$/.test(name)) work.push(fixWorkbook(zip, name));
  }
  work.push(
    rewrite(zip, 'docProps/core.xml', (xml) =>
      xml.replace(
        '</cp:coreProperties>',
        `<dc:language>${escapeXml(lang)}</dc:language></cp:coreProperties>`,
      ),
    ),
  );
  await Promise.all(work);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
