import { describe, expect, it } from 'vitest';
import { escapeXml, estimateTextWidth, wrapText } from './svg-text';

describe('escapeXml', () => {
  it('escapes the characters that would break the SVG', () => {
    expect(escapeXml(`Kampung "Baru" & Utara <Timur> 'x'`)).toBe(
      'Kampung &quot;Baru&quot; &amp; Utara &lt;Timur&gt; &apos;x&apos;',
    );
  });
});

describe('wrapText', () => {
  const text =
    'Nilai kelurahan dengan kurang dari 10 rumah tangga ditekan (tidak ditampilkan) untuk menjaga kerahasiaan.';

  it('breaks long text into lines that each fit, keeping every word in order', () => {
    const lines = wrapText(text, 300, 14);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateTextWidth(line, 14)).toBeLessThanOrEqual(300);
    expect(lines.join(' ')).toBe(text);
  });

  it('keeps short text on one line', () => {
    expect(wrapText('Gambir', 300, 14)).toEqual(['Gambir']);
  });

  it('cuts a single word longer than the line', () => {
    const lines = wrapText('x'.repeat(200), 100, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('x'.repeat(200));
  });
});

describe('estimateTextWidth', () => {
  it('grows with length and font size, and bold is wider', () => {
    expect(estimateTextWidth('Jakarta Utara', 14)).toBeGreaterThan(estimateTextWidth('Jakarta', 14));
    expect(estimateTextWidth('Jakarta', 28)).toBeCloseTo(2 * estimateTextWidth('Jakarta', 14));
    expect(estimateTextWidth('Jakarta', 14, true)).toBeGreaterThan(estimateTextWidth('Jakarta', 14));
  });
});
