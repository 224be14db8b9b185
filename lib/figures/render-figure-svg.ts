import { barsBody } from './bars-svg';
import type { Figure, MapFigure, RenderedSvg } from './figure-types';
import { mapBody } from './map-svg';
import { composeBody, composeFigure } from './svg-frame';
import { trendBody } from './trend-svg';

/** Draws an exported chart or map as a standalone SVG document: title, body, legend, notes and source. */
export function renderFigureSvg(figure: Figure): RenderedSvg {
  switch (figure.kind) {
    case 'map':
      return composeFigure(figure, (top) => mapBody(figure, top));
    case 'trend':
      return composeFigure(figure, (top) => trendBody(figure, top));
    case 'bars':
      return composeFigure(figure, (top) => barsBody(figure, top));
  }
}

/** The map and its key alone, without title, notes and source: for a slide that writes those itself. */
export function renderMapBodySvg(figure: MapFigure): RenderedSvg {
  return composeBody(figure, (top) => mapBody(figure, top));
}
