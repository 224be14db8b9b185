import 'server-only';
import type PptxGenJS from 'pptxgenjs';
import type { BarsFigure, TrendFigure } from '../figures/figure-types';
import { BAR_COLOUR, BAR_HIGHLIGHT_COLOUR, SERIES_COLOURS, SLATE } from './deck-style';

/**
 * Trend and bars figures become native charts, so whoever receives the deck can restyle them or read the
 * numbers in PowerPoint's data sheet. The values stay as the figure has them (percent already 0–100).
 */

export type Box = { x: number; y: number; w: number; h: number };

/**
 * A chart value as pptxgenjs takes it. pptxgenjs writes the embedded data sheet with `value || ''`, which
 * loses a 0; the string `'0'` is truthy and is written as 0 in both the chart and the sheet. A null becomes
 * an empty point, which `finishPptx` then removes so the chart shows a gap.
 */
function chartValue(value: number | null): number {
  if (value === 0) return '0' as unknown as number;
  return value as number;
}

const FONT = 'Arial';

/**
 * The number format, read off the figure's own formatter so the chart shows what the screen shows:
 * percentages are 0–100 already (82.3 means 82.3%, so no `%` scaling), decimals only where it has them.
 */
function valueFormat(formatValue: (value: number) => string): string {
  const sample = formatValue(1.25);
  if (sample.includes('%')) return '0.0"%"';
  return /\d[.,]\d/.test(sample) ? '#,##0.0' : '#,##0';
}

function axisText(lang: string) {
  return {
    lang,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: 10,
    catAxisLabelColor: SLATE[600],
    catAxisLineColor: SLATE[300],
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 10,
    valAxisLabelColor: SLATE[600],
    valAxisLineShow: false,
    valGridLine: { color: SLATE[200], size: 0.5 },
  } satisfies PptxGenJS.IChartOpts;
}

export function addTrendChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  figure: TrendFigure,
  box: Box,
  lang: string,
) {
  const data = figure.lines.map((line) => ({
    name: line.name,
    labels: figure.periods,
    values: line.values.map(chartValue),
  }));
  slide.addChart(pptx.ChartType.line, data, {
    ...box,
    ...axisText(lang),
    chartColors: figure.lines.map((_, index) => SERIES_COLOURS[index % SERIES_COLOURS.length] as string),
    lineSize: 2,
    lineDataSymbol: 'circle',
    lineDataSymbolSize: 7,
    // A withheld value is a break in the line, never a dip to zero nor a bridge across.
    displayBlanksAs: 'gap',
    showLegend: true,
    legendPos: 'b',
    legendFontFace: FONT,
    legendFontSize: 10,
    legendColor: SLATE[700],
    valAxisLabelFormatCode: valueFormat(figure.formatValue),
    // A percentage axis never runs past 100; its lower end is left to the chart, so a change of a few
    // points stays visible instead of a flat line at the top.
    ...(figure.percent ? { valAxisMaxVal: 100 } : {}),
  });
}

/**
 * Category labels as large as the bars' spacing allows (11 pt for a few bars, down to 5 pt for all 44
 * kecamatan), so every bar keeps its label instead of the chart skipping every other one.
 */
function barLabelSize(count: number, box: Box): number {
  const spacing = (box.h * 72) / Math.max(count, 1);
  return Math.max(5, Math.min(11, Math.floor(spacing * 0.75)));
}

export function addBarsChart(
  pptx: PptxGenJS,
  slide: PptxGenJS.Slide,
  figure: BarsFigure,
  box: Box,
  lang: string,
) {
  // A horizontal bar chart draws its first category at the bottom; reversed, the bars read top to bottom
  // in the figure's order (pptxgenjs' types do not offer the `maxMin` axis orientation).
  const bars = [...figure.bars].reverse();
  const format = valueFormat(figure.formatValue);
  const percent = format.includes('%');
  const labelSize = barLabelSize(bars.length, box);
  slide.addChart(
    pptx.ChartType.bar,
    [
      {
        name: figure.axisLabel,
        labels: bars.map((bar) => bar.label),
        values: bars.map((bar) => chartValue(bar.value)),
      },
    ],
    {
      ...box,
      ...axisText(lang),
      barDir: 'bar',
      barGapWidthPct: 40,
      // One colour per bar (pptxgenjs writes a data point colour for each when given more than one).
      chartColors: bars.map((bar) => (bar.highlight ? BAR_HIGHLIGHT_COLOUR : BAR_COLOUR)),
      catAxisLabelFontSize: labelSize,
      catAxisLabelFrequency: '1',
      showValue: true,
      dataLabelFontFace: FONT,
      dataLabelFontSize: labelSize,
      dataLabelColor: SLATE[700],
      dataLabelPosition: 'outEnd',
      dataLabelFormatCode: format,
      valAxisLabelFormatCode: format,
      showValAxisTitle: true,
      valAxisTitle: figure.axisLabel,
      valAxisTitleFontFace: FONT,
      valAxisTitleFontSize: 10,
      valAxisTitleColor: SLATE[600],
      // Bars start at zero (a bar's length is its value); a percentage axis ends at 100.
      valAxisMinVal: 0,
      ...(percent ? { valAxisMaxVal: 100 } : {}),
      displayBlanksAs: 'gap',
      showLegend: false,
    },
  );
}
