import type { TrendFigure } from './figure-types';
import { flowingLegend } from './legend-svg';
import { niceTicks } from './nice-ticks';
import { type Block, FIGURE_WIDTH, INK, MARGIN, SLATE } from './svg-frame';
import { estimateTextWidth, round, svgText } from './svg-text';

/** The first series (usually the region itself) in dark slate, the comparisons in Okabe–Ito colours. */
export const LINE_COLOURS = ['#334155', '#0072B2', '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#CC79A7'];
const PLOT_HEIGHT = 420;
const TICK_SIZE = 14;

const lineColour = (index: number) => LINE_COLOURS[index % LINE_COLOURS.length] ?? '#334155';

/**
 * The value axis. It follows the data with 10% padding rather than starting at 0: these trends span a few
 * semesters in which an indicator moves a few points, and from zero that movement would be a flat line. The
 * tick labels show where the axis starts. Two exceptions keep it honest: non-negative data never gets a
 * negative axis, and a percentage near 0 (≤ 10) starts at 0. A percentage axis stays within 0–100.
 */
export function trendDomain(values: number[], percent: boolean): number[] {
  if (values.length === 0) return niceTicks(0, percent ? 100 : 1, 5);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min;
  const pad = span > 0 ? span * 0.1 : Math.abs(max) * 0.1 || 1;
  let low = min - pad;
  let high = max + pad;
  if (min >= 0 && low < 0) low = 0;
  if (percent) {
    low = min <= 10 ? 0 : Math.max(0, low);
    high = Math.min(100, Math.max(high, low + 1));
  }
  const ticks = niceTicks(low, high, 5);
  return percent ? ticks.filter((tick) => tick >= 0 && tick <= 100) : ticks;
}

/** Runs of consecutive known values: a withheld value breaks the line instead of being bridged. */
function segments(points: ({ x: number; y: number } | null)[]): { x: number; y: number }[][] {
  const runs: { x: number; y: number }[][] = [[]];
  for (const point of points) {
    if (point) runs.at(-1)?.push(point);
    else if ((runs.at(-1)?.length ?? 0) > 0) runs.push([]);
  }
  return runs.filter((run) => run.length > 0);
}

export function trendBody(figure: TrendFigure, top: number): Block {
  const values = figure.lines.flatMap((line) =>
    line.values.filter((value): value is number => value !== null && Number.isFinite(value)),
  );
  const ticks = trendDomain(values, figure.percent);
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const labels = ticks.map((tick) => figure.formatValue(tick));
  const labelWidth = Math.max(...labels.map((label) => estimateTextWidth(label, TICK_SIZE)), 20);
  const plotTop = top + 10;
  const plotBottom = plotTop + PLOT_HEIGHT;
  const plotLeft = MARGIN + labelWidth + 14;
  const plotRight = FIGURE_WIDTH - MARGIN - 16;
  const count = figure.periods.length;
  const inner = plotRight - plotLeft - 64;
  const xOf = (index: number) =>
    count < 2 ? (plotLeft + plotRight) / 2 : plotLeft + 32 + (inner * index) / (count - 1);
  const yOf = (value: number) => plotBottom - ((value - low) / (high - low || 1)) * PLOT_HEIGHT;
  const parts: string[] = [];
  ticks.forEach((tick, index) => {
    const y = round(yOf(tick));
    const colour = index === 0 ? '#94a3b8' : '#e2e8f0';
    parts.push(
      `<line x1="${round(plotLeft)}" y1="${y}" x2="${round(plotRight)}" y2="${y}" stroke="${colour}"/>`,
    );
    parts.push(
      svgText(plotLeft - 10, y, labels[index] ?? '', {
        size: TICK_SIZE,
        fill: SLATE,
        anchor: 'end',
        middle: true,
      }),
    );
  });
  // When the period labels would collide, only every n-th is written; the points still mark each period.
  const widest = Math.max(0, ...figure.periods.map((period) => estimateTextWidth(period, TICK_SIZE)));
  const room = count < 2 ? Number.POSITIVE_INFINITY : inner / (count - 1);
  const every = Math.max(1, Math.ceil((widest + 16) / room));
  figure.periods.forEach((period, index) => {
    if (index % every !== 0) return;
    parts.push(
      svgText(xOf(index), plotBottom + 24, period, { size: TICK_SIZE, fill: INK, anchor: 'middle' }),
    );
  });
  figure.lines.forEach((line, lineIndex) => {
    const colour = lineColour(lineIndex);
    const points = figure.periods.map((_, index) => {
      const value = line.values[index];
      return value === null || value === undefined || !Number.isFinite(value)
        ? null
        : { x: round(xOf(index)), y: round(yOf(value)) };
    });
    for (const run of segments(points).filter((part) => part.length > 1)) {
      const d = run.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join('');
      parts.push(`<path fill="none" stroke="${colour}" stroke-width="3" stroke-linejoin="round" d="${d}"/>`);
    }
    for (const point of points) {
      if (point)
        parts.push(`<circle cx="${point.x}" cy="${point.y}" r="4.5" fill="${colour}" stroke="#ffffff"/>`);
    }
  });
  const legendItems = figure.lines.map((line, index) => ({ colour: lineColour(index), label: line.name }));
  const legend = flowingLegend(plotLeft, plotBottom + 48, plotRight - plotLeft, legendItems, true);
  parts.push(legend.markup);
  return { markup: parts.join(''), height: PLOT_HEIGHT + 48 + legend.height + 12 };
}
