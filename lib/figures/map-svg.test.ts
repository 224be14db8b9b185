import { describe, expect, it } from 'vitest';
import { fixtureKelurahan, mapFigure } from './figures.fixture';
import { renderFigureSvg } from './render-figure-svg';
import { boundsOf, kelurahanPaths, pathPoints, visibleTexts } from './svg-check.fixture';

const MAINLAND = ['31.71.01.1001', '31.71.01.1002', '31.71.02.1001', '31.71.02.1002', '31.72.01.1001'];
const ISLAND = '31.01.01.1001';

describe('map figure of all Jakarta', () => {
  const { svg } = renderFigureSvg(mapFigure());
  const paths = kelurahanPaths(svg);

  it('draws every kelurahan once with its own fill', () => {
    expect([...paths.keys()].sort()).toEqual([ISLAND, ...MAINLAND].sort());
    expect(paths.get('31.71.01.1001')?.fill).toBe('#08519c');
    expect([...paths.values()].filter((path) => path.fill === '#3182bd')).toHaveLength(2);
  });

  it('draws a kelurahan without a value, or marked empty, white with a dashed outline', () => {
    for (const code of ['31.72.01.1001', '31.71.02.1002']) {
      expect(paths.get(code)?.fill).toBe('#ffffff');
      expect(paths.get(code)?.tag).toContain('stroke-dasharray');
    }
    expect(paths.get('31.71.01.1001')?.tag).not.toContain('stroke-dasharray');
  });

  it('draws Kepulauan Seribu in a labelled inset that does not overlap the mainland', () => {
    expect(visibleTexts(svg)).toContain('Kepulauan Seribu');
    const inset = svg.match(
      /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="#ffffff" stroke/,
    );
    expect(inset).not.toBeNull();
    const [left, top, width, height] = (inset ?? []).slice(1).map(Number) as [number, number, number, number];
    const island = boundsOf(pathPoints(paths.get(ISLAND)?.d ?? ''));
    expect(island.left).toBeGreaterThanOrEqual(left);
    expect(island.right).toBeLessThanOrEqual(left + width);
    expect(island.top).toBeGreaterThanOrEqual(top);
    expect(island.bottom).toBeLessThanOrEqual(top + height);
    for (const code of MAINLAND) {
      expect(boundsOf(pathPoints(paths.get(code)?.d ?? '')).left).toBeGreaterThan(left + width);
    }
    // The islands are specks: a wide stroke in their own colour keeps them visible.
    expect(paths.get(ISLAND)?.tag).toContain('stroke="#6baed6" stroke-width="4"');
  });

  it('fits the mainland to the map area: every square is small but visible and all lie in the frame', () => {
    for (const code of MAINLAND) {
      const box = boundsOf(pathPoints(paths.get(code)?.d ?? ''));
      expect(box.right - box.left).toBeGreaterThan(50);
      expect(box.right - box.left).toBeLessThan(600);
      expect(box.right).toBeLessThanOrEqual(1200 - 48 - 250);
    }
  });

  it('draws the same map whichever way the rings are wound', () => {
    const clockwise = renderFigureSvg(mapFigure({ kelurahan: fixtureKelurahan(true) })).svg;
    const again = kelurahanPaths(clockwise);
    for (const code of MAINLAND) {
      expect(boundsOf(pathPoints(again.get(code)?.d ?? ''))).toEqual(
        boundsOf(pathPoints(paths.get(code)?.d ?? '')),
      );
    }
  });

  it('draws the kecamatan and kota outlines unfilled', () => {
    expect(svg).toMatch(/<path fill="none" stroke="#475569" stroke-width="0\.8"[^>]*d="M/);
    expect(svg).toMatch(/<path fill="none" stroke="#1e293b" stroke-width="1\.6"[^>]*d="M/);
  });

  it('shows the legend title and every legend label, the no-data swatch dashed', () => {
    const texts = visibleTexts(svg);
    expect(texts).toContain('Air minum layak (%)');
    expect(texts).toContain('90% – 100%');
    expect(texts.join(' ')).toContain('80% – 90% Kampung "Baru" & Utara <Timur>');
    expect(texts).toContain('Tidak ada data');
    expect(svg).toMatch(
      /<rect [^>]*width="18" height="18" fill="#ffffff" stroke="#64748b"[^>]*stroke-dasharray/,
    );
    expect(svg).toMatch(/<rect [^>]*width="18" height="18" fill="#08519c"/);
  });

  it('treats focus `31` as all of Jakarta', () => {
    expect(renderFigureSvg(mapFigure({ focus: '31' })).svg).toBe(svg);
  });
});

describe('map figure focused on a region', () => {
  it('draws only the kelurahan of the kota, without the inset', () => {
    const { svg } = renderFigureSvg(mapFigure({ focus: '31.71' }));
    expect([...kelurahanPaths(svg).keys()].sort()).toEqual(MAINLAND.slice(0, 4));
    expect(visibleTexts(svg)).not.toContain('Kepulauan Seribu');
  });

  it('zooms to a kecamatan: its two kelurahan fill the width of the map area', () => {
    const { svg } = renderFigureSvg(mapFigure({ focus: '31.71.01' }));
    const paths = kelurahanPaths(svg);
    expect([...paths.keys()].sort()).toEqual(['31.71.01.1001', '31.71.01.1002']);
    const all = boundsOf([...paths.values()].flatMap((path) => pathPoints(path.d)));
    expect(all.left).toBeGreaterThanOrEqual(47);
    expect(all.right - all.left).toBeGreaterThan(700);
  });

  it('clips the outlines to the focused region', () => {
    const { svg } = renderFigureSvg(mapFigure({ focus: '31.71.01' }));
    expect(svg).toMatch(/<clipPath id="map-clip"><path d="M/);
    expect(svg).toContain('<g clip-path="url(#map-clip)"><path fill="none"');
  });

  it('draws all of Jakarta when the focus names no kelurahan', () => {
    const { svg } = renderFigureSvg(mapFigure({ focus: '31.99' }));
    expect(kelurahanPaths(svg).size).toBe(6);
    expect(visibleTexts(svg)).toContain('Kepulauan Seribu');
  });
});
