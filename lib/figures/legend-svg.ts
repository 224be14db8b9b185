import type { LegendItem } from './figure-types';
import { type Block, INK } from './svg-frame';
import { estimateTextWidth, round, svgText, wrapText } from './svg-text';

const SWATCH = 18;
const LABEL_SIZE = 15;
const LINE_HEIGHT = 20;
const GAP = 10;

/** A filled square, or for "no data" a white one with a dashed border, as the map draws such a kelurahan. */
export function swatch(x: number, y: number, item: LegendItem): string {
  const at = `x="${round(x)}" y="${round(y)}" width="${SWATCH}" height="${SWATCH}"`;
  return item.empty
    ? `<rect ${at} fill="#ffffff" stroke="#64748b" stroke-width="1.2" stroke-dasharray="3 2"/>`
    : `<rect ${at} fill="${item.colour}" stroke="#64748b" stroke-width="0.5"/>`;
}

/** A column of swatches under a title, each label wrapped to the column: beside a map. */
export function verticalLegend(x: number, top: number, width: number, title: string, items: LegendItem[]) {
  const parts: string[] = [];
  let y = top;
  for (const line of wrapText(title, width, 16, true)) {
    parts.push(svgText(x, y + 13, line, { size: 16, weight: 'bold', fill: INK }));
    y += LINE_HEIGHT + 2;
  }
  y += 8;
  for (const item of items) {
    const lines = wrapText(item.label, width - SWATCH - GAP, LABEL_SIZE);
    parts.push(swatch(x, y, item));
    lines.forEach((line, index) => {
      parts.push(
        svgText(x + SWATCH + GAP, y + SWATCH / 2 + index * LINE_HEIGHT, line, {
          size: LABEL_SIZE,
          fill: INK,
          middle: true,
        }),
      );
    });
    y += Math.max(SWATCH, lines.length * LINE_HEIGHT) + 10;
  }
  return { markup: parts.join(''), height: y - top } satisfies Block;
}

/** Swatches in a row that wraps to the next line when full: under a chart. */
export function flowingLegend(x: number, top: number, width: number, items: LegendItem[], line = false) {
  const parts: string[] = [];
  let cursorX = x;
  let y = top;
  for (const item of items) {
    const labelWidth = Math.min(estimateTextWidth(item.label, LABEL_SIZE), width - SWATCH - GAP);
    const itemWidth = SWATCH + GAP + labelWidth + 28;
    if (cursorX > x && cursorX + itemWidth - 28 > x + width) {
      cursorX = x;
      y += LINE_HEIGHT + 10;
    }
    // A chart's series is a line with a dot, as drawn in the plot; an area is a square.
    parts.push(
      line
        ? `<line x1="${round(cursorX)}" y1="${round(y + SWATCH / 2)}" x2="${round(cursorX + SWATCH)}" ` +
            `y2="${round(y + SWATCH / 2)}" stroke="${item.colour}" stroke-width="3"/>` +
            `<circle cx="${round(cursorX + SWATCH / 2)}" cy="${round(y + SWATCH / 2)}" r="4" fill="${item.colour}"/>`
        : swatch(cursorX, y, item),
    );
    parts.push(
      svgText(cursorX + SWATCH + GAP, y + SWATCH / 2, item.label, {
        size: LABEL_SIZE,
        fill: INK,
        middle: true,
      }),
    );
    cursorX += itemWidth;
  }
  return { markup: parts.join(''), height: items.length > 0 ? y - top + SWATCH : 0 } satisfies Block;
}
