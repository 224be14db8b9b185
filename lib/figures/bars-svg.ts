import type { BarsFigure } from './figure-types';
import { niceTicks } from './nice-ticks';
import { type Block, FIGURE_WIDTH, INK, MARGIN, SLATE } from './svg-frame';
import { estimateTextWidth, round, svgText, wrapText } from './svg-text';

const LABEL_SIZE = 15;
const LINE_HEIGHT = 18;
/** Longer region names wrap rather than squeeze the bars. */
const MAX_LABEL_WIDTH = 340;
const BAR_HEIGHT = 20;
const BAR = '#93c5fd';
const HIGHLIGHT = '#1d4ed8';

/**
 * Horizontal bars from a zero line: to the right for positive values, to the left for negative ones, so a
 * change (which can be negative) reads as naturally as a count.
 */
export function barsBody(figure: BarsFigure, top: number): Block {
  const values = figure.bars.map((bar) => bar.value).filter((value): value is number => value !== null);
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values, values.length > 0 ? 0 : 1), 5);
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const negative = low < 0;
  const labelWidth = Math.min(
    MAX_LABEL_WIDTH,
    Math.max(60, ...figure.bars.map((bar) => estimateTextWidth(bar.label, LABEL_SIZE))),
  );
  // Room for the value written past the end of the longest bar (and the missing label at the zero line).
  const valueRoom =
    Math.max(
      estimateTextWidth(figure.missingLabel, 14),
      ...values.map((value) => estimateTextWidth(figure.formatValue(value), 14, true)),
    ) + 12;
  const plotLeft = MARGIN + labelWidth + 16 + (negative ? valueRoom : 0);
  const plotRight = FIGURE_WIDTH - MARGIN - valueRoom;
  const xOf = (value: number) => plotLeft + ((value - low) / (high - low || 1)) * (plotRight - plotLeft);
  const zero = round(xOf(0));
  const parts: string[] = [
    svgText(plotLeft, top + 14, figure.axisLabel, { size: 15, weight: 600, fill: INK }),
  ];
  const rowsTop = top + 60;
  const rows = figure.bars.map((bar) => {
    const lines = wrapText(bar.label, labelWidth, LABEL_SIZE);
    return { bar, lines, height: Math.max(32, lines.length * LINE_HEIGHT + 14) };
  });
  const rowsBottom = rowsTop + rows.reduce((sum, row) => sum + row.height, 0);
  for (const tick of ticks) {
    const x = round(xOf(tick));
    parts.push(`<line x1="${x}" y1="${rowsTop - 6}" x2="${x}" y2="${rowsBottom}" stroke="#e2e8f0"/>`);
    parts.push(
      svgText(x, rowsTop - 14, figure.formatValue(tick), { size: 13, fill: SLATE, anchor: 'middle' }),
    );
  }
  let y = rowsTop;
  for (const { bar, lines, height } of rows) {
    const middle = y + height / 2;
    lines.forEach((line, index) => {
      const lineY = middle + (index - (lines.length - 1) / 2) * LINE_HEIGHT;
      parts.push(
        svgText(MARGIN + labelWidth, lineY, line, {
          size: LABEL_SIZE,
          fill: INK,
          anchor: 'end',
          middle: true,
        }),
      );
    });
    if (bar.value === null) {
      parts.push(
        svgText(zero + 6, middle, figure.missingLabel, { size: 14, fill: SLATE, italic: true, middle: true }),
      );
    } else {
      const end = round(xOf(bar.value));
      const x = Math.min(zero, end);
      const width = round(Math.max(Math.abs(end - zero), bar.value === 0 ? 0 : 1));
      const colour = bar.highlight ? HIGHLIGHT : BAR;
      parts.push(
        `<rect x="${x}" y="${round(middle - BAR_HEIGHT / 2)}" width="${width}" height="${BAR_HEIGHT}" fill="${colour}"/>`,
      );
      const text = figure.formatValue(bar.value);
      const after =
        bar.value < 0 ? { x: end - 6, anchor: 'end' as const } : { x: end + 6, anchor: 'start' as const };
      parts.push(
        svgText(after.x, middle, text, {
          size: 14,
          fill: INK,
          anchor: after.anchor,
          middle: true,
          ...(bar.highlight ? { weight: 'bold' as const } : {}),
        }),
      );
    }
    y += height;
  }
  parts.push(`<line x1="${zero}" y1="${rowsTop - 6}" x2="${zero}" y2="${rowsBottom}" stroke="#475569"/>`);
  return { markup: parts.join(''), height: rowsBottom - top };
}
