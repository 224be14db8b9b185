/**
 * Text helpers for the exported SVG. There is no layout engine on the server, so widths are estimated from
 * per-character factors close to Inter's advance widths: good enough to wrap and to size columns with margin.
 */

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text and attribute values: region names such as `Kampung "Baru" & Utara` must not break the XML. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ESCAPES[char] ?? char);
}

const NARROW = new Set([...'iIl.,:;|!\'"`jftr()[]{}/\\ ·-']);
const WIDE = new Set([...'mwMW@%—']);

/** Roughly Inter's advance width in ems; bold is about 6% wider. */
function charWidth(char: string): number {
  if (char === ' ') return 0.28;
  if (NARROW.has(char)) return 0.32;
  if (WIDE.has(char)) return 0.86;
  if (/[0-9]/.test(char)) return 0.6;
  if (/[A-Z]/.test(char)) return 0.68;
  return 0.56;
}

/**
 * Estimated width in px of `text` at `fontSize`. Checked against resvg's measure of Inter: within ±10% on
 * prose, names and numbers; the 6% margin errs on the wide side so a wrapped line never runs off the page.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += charWidth(char);
  return ems * fontSize * (bold ? 1.06 : 1) * 1.06;
}

/** Breaks text into lines at spaces so that each fits `maxWidth`; a word longer than a line is cut. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (estimateTextWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    // A single word wider than the line (a long code or URL) is split so it cannot overflow.
    while (estimateTextWidth(line, fontSize, bold) > maxWidth && line.length > 1) {
      let cut = line.length - 1;
      while (cut > 1 && estimateTextWidth(line.slice(0, cut), fontSize, bold) > maxWidth) cut--;
      lines.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

export type TextOptions = {
  size: number;
  fill?: string;
  weight?: 'bold' | 600;
  italic?: boolean;
  anchor?: 'start' | 'middle' | 'end';
  /** Vertical alignment of `y`: the baseline by default, or the middle of the line (for rows and swatches). */
  middle?: boolean;
};

/** One `<text>` element, escaped. */
export function svgText(x: number, y: number, text: string, options: TextOptions): string {
  const attributes = [
    `x="${round(x)}"`,
    `y="${round(y)}"`,
    `font-size="${options.size}"`,
    options.fill ? `fill="${options.fill}"` : '',
    options.weight ? `font-weight="${options.weight}"` : '',
    options.italic ? 'font-style="italic"' : '',
    options.anchor && options.anchor !== 'start' ? `text-anchor="${options.anchor}"` : '',
    // resvg and browsers both honour `central`; it keeps labels centred on their row without a font metric.
    options.middle ? 'dominant-baseline="central"' : '',
  ].filter(Boolean);
  return `<text ${attributes.join(' ')}>${escapeXml(text)}</text>`;
}

/** Rounds to one decimal: coordinates beyond a tenth of a pixel only make the file bigger. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
